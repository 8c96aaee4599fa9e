---- MODULE LayoutRefused ----
\* NodesOfDirectedMultiGraph lays a graph out with a Java graph library in TLC: refused by name.
EXTENDS SVG
ASSUME NodesOfDirectedMultiGraph({"v1", "v2"}, {<<"v1", "v2">>}, [algo |-> "Sugiyama"]) # <<>>
====

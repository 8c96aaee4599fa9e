---- MODULE LayoutRefused ----
\* NodesOfDirectedMultiGraph lays a graph out with a Java graph library in TLC: refused by name
\* when evaluated (a definition that is never evaluated, Unused, is no error).
EXTENDS SVG
VARIABLE x
Unused == NodesOfDirectedMultiGraph({"a"}, {}, [algo |-> "Sugiyama"])
Init == x = NodesOfDirectedMultiGraph({"v1", "v2"}, {<<"v1", "v2">>}, [algo |-> "Sugiyama"])
Next == UNCHANGED x
====

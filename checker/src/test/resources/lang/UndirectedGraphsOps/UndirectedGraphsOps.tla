---- MODULE UndirectedGraphsOps ----
\* The CommunityModules' UndirectedGraphs, built in: edges are sets {a, b}, {a} a loop. Edge
\* cases: edges with an end outside G.node, loops, the empty graph, isolated nodes. Records are
\* written edge first, so that TLC prints their fields in the order tlacheck prints them.
EXTENDS UndirectedGraphs, TLC, Integers, FiniteSets, Sequences
Empty == [edge |-> {}, node |-> {}]
Tri == [edge |-> {{1, 2}, {2, 3}, {3, 1}}, node |-> {1, 2, 3}]
Two == [edge |-> {{1, 2}, {3, 4}, {4}}, node |-> {1, 2, 3, 4, 5}]
Out == [edge |-> {{1, 9}, {9, 2}}, node |-> {1, 2}]
Loopy == [edge |-> {{1}, {1, 2}}, node |-> {1, 2}]
Line == [edge |-> {{"a", "b"}, {"b", "c"}}, node |-> {"a", "b", "c"}]

ASSUME PrintT(<<"IsUndirectedGraph", IsUndirectedGraph(Tri), IsUndirectedGraph(Two), IsUndirectedGraph(Out),
                IsUndirectedGraph(Empty), IsUndirectedGraph([edge |-> {{1, 2, 3}}, node |-> {1, 2, 3}]),
                IsUndirectedGraph([edge |-> {}, node |-> {1}, x |-> 2]), IsUndirectedGraph([edge |-> {{}}, node |-> {1}])>>)
ASSUME PrintT(<<"IsLoopFreeUndirectedGraph", IsLoopFreeUndirectedGraph(Tri), IsLoopFreeUndirectedGraph(Two),
                IsLoopFreeUndirectedGraph(Loopy), IsLoopFreeUndirectedGraph(Empty)>>)
ASSUME PrintT(<<"SimplePath", Cardinality(SimplePath(Tri)), {p \in SimplePath(Line) : Len(p) > 2}>>)
ASSUME PrintT(<<"SimplePath", SimplePath(Out), SimplePath(Loopy), SimplePath(Empty)>>)
ASSUME PrintT(<<"Path", <<1, 2, 1, 3>> \in Path(Tri), <<1, 1>> \in Path(Loopy), <<2, 2>> \in Path(Loopy),
                <<1, 9, 2>> \in Path(Out), <<>> \in Path(Tri), <<5>> \in Path(Two), <<4, 4, 3>> \in Path(Two)>>)
ASSUME PrintT(<<"AreConnectedIn", AreConnectedIn(1, 3, Tri), AreConnectedIn(1, 3, Two), AreConnectedIn(4, 3, Two),
                AreConnectedIn(5, 5, Two), AreConnectedIn(1, 2, Out), AreConnectedIn(7, 7, Two), AreConnectedIn("c", "a", Line)>>)
ASSUME PrintT(<<"ConnectedComponents", ConnectedComponents(Tri), ConnectedComponents(Two), ConnectedComponents(Out)>>)
ASSUME PrintT(<<"ConnectedComponents", ConnectedComponents(Empty), ConnectedComponents(Line), ConnectedComponents(Loopy)>>)
ASSUME PrintT(<<"IsStronglyConnected", IsStronglyConnected(Tri), IsStronglyConnected(Two), IsStronglyConnected(Out),
                IsStronglyConnected(Empty), IsStronglyConnected([edge |-> {}, node |-> {1}])>>)
ASSUME PrintT(<<"UndirectedSubgraph", Cardinality(UndirectedSubgraph(Tri)), Cardinality(UndirectedSubgraph(Out)),
                UndirectedSubgraph(Empty) = {Empty}>>)
ASSUME PrintT({H.edge : H \in {K \in UndirectedSubgraph(Loopy) : K.node = {1, 2}}})
ASSUME PrintT(<<"UndirectedGraphs", Cardinality(UndirectedGraphs({1, 2})), Loopy \in UndirectedGraphs({1, 2}),
                Tri \in UndirectedGraphs({1, 2}), UndirectedGraphs({}) = {Empty}>>)
ASSUME PrintT({G.edge : G \in {K \in UndirectedGraphs({1, 2}) : {1, 2} \in K.edge}})
====

---- MODULE GraphsOps ----
\* The CommunityModules' Graphs, built in: every operator on small graphs, with edge cases
\* (nodes outside G.node, self-loops, the empty graph). Records are written edge first, so
\* that TLC prints their fields in the order tlacheck prints them.
EXTENDS Graphs, TLC, Integers
Empty == [edge |-> {}, node |-> {}]
Ring == [edge |-> {<<1, 2>>, <<2, 3>>, <<3, 1>>, <<3, 4>>}, node |-> {1, 2, 3, 4}]
Fan == [edge |-> {<<1, 2>>, <<1, 3>>}, node |-> {1, 2, 3}]
Loop == [edge |-> {<<"a", "a">>}, node |-> {"a", "b"}]
Outside == [edge |-> {<<1, 5>>, <<5, 2>>}, node |-> {1, 2}]
Tree == [edge |-> {<<2, 1>>, <<3, 1>>, <<4, 2>>}, node |-> {1, 2, 3, 4}]
Sym == [edge |-> {<<1, 2>>, <<2, 1>>}, node |-> {1, 2}]
Chain == [edge |-> {<<1, 2>>, <<2, 3>>, <<3, 4>>}, node |-> {1, 2, 3, 4}]

ASSUME PrintT(<<"IsDirectedGraph", IsDirectedGraph(Ring), IsDirectedGraph(Outside),
                IsDirectedGraph(Empty), IsDirectedGraph([edge |-> {}, node |-> {1}, x |-> 1]),
                IsDirectedGraph([edge |-> {<<1, 2, 3>>}, node |-> {1, 2}])>>)
ASSUME PrintT(<<"Transpose", Transpose(Fan).edge, Transpose(Fan).node, Transpose(Empty) = Empty>>)
ASSUME PrintT(<<"IsUndirectedGraph", IsUndirectedGraph(Ring), IsUndirectedGraph(Sym),
                IsUndirectedGraph(Loop), IsUndirectedGraph(Empty)>>)
ASSUME PrintT(<<"SimplePath Ring", Cardinality(SimplePath(Ring)), <<2, 3, 1>> \in SimplePath(Ring)>>)
ASSUME PrintT(<<"SimplePath Fan", SimplePath(Fan)>>)
ASSUME PrintT(<<"SimplePath Loop", SimplePath(Loop), SimplePath(Empty), SimplePath(Outside)>>)
ASSUME PrintT(<<"Path", <<1, 2, 3, 1, 2>> \in Path(Ring), <<>> \in Path(Ring), <<4>> \in Path(Ring),
                <<4, 3>> \in Path(Ring), <<"a", "a", "a">> \in Path(Loop), <<1, 5, 2>> \in Path(Outside)>>)
ASSUME PrintT(<<"AreConnectedIn", AreConnectedIn(1, 4, Ring), AreConnectedIn(4, 1, Ring),
                AreConnectedIn(4, 4, Ring), AreConnectedIn(9, 9, Ring), AreConnectedIn(1, 2, Outside)>>)
ASSUME PrintT(<<"IsStronglyConnected", IsStronglyConnected(Ring), IsStronglyConnected(Sym),
                IsStronglyConnected(Empty), IsStronglyConnected(Loop)>>)
ASSUME PrintT(<<"ConnectionsIn", ConnectionsIn(Fan)[1, 3], ConnectionsIn(Fan)[3, 1],
                ConnectionsIn(Fan)[2, 2], DOMAIN ConnectionsIn(Sym)>>)
ASSUME PrintT(<<"ConnectionsIn Ring", {p \in DOMAIN ConnectionsIn(Ring) : ~ConnectionsIn(Ring)[p]}>>)
ASSUME PrintT(<<"IsTreeWithRoot", IsTreeWithRoot(Tree, 1), IsTreeWithRoot(Tree, 2),
                IsTreeWithRoot(Fan, 1), IsTreeWithRoot(Transpose(Fan), 1),
                IsTreeWithRoot([edge |-> {}, node |-> {7}], 7), IsTreeWithRoot(Empty, 1)>>)
ASSUME PrintT(<<"GraphUnion", GraphUnion(Fan, Outside).edge, GraphUnion(Fan, Outside).node>>)
ASSUME PrintT(<<"IsBipartiteWithPartitions", IsBipartiteWithPartitions(Chain, {1, 3}, {2, 4}),
                IsBipartiteWithPartitions(Chain, {1, 2}, {3, 4}), IsBipartiteWithPartitions(Chain, {1, 3}, {2}),
                IsBipartiteWithPartitions(Chain, {1, 3}, {1, 2, 4})>>)
ASSUME PrintT(<<"HasCycle", HasCycle(Ring), HasCycle(Fan), HasCycle(Loop), HasCycle(Sym), HasCycle(Empty),
                HasCycle([edge |-> {<<9, 9>>}, node |-> {1}])>>)
ASSUME PrintT(<<"IsDag", IsDag(Fan), IsDag(Ring), IsDag(Chain), IsDag(Outside)>>)
ASSUME PrintT(<<"Successors", Successors(Ring, 3), Successors(Ring, 4), Successors(Outside, 5),
                AllSuccessors(Ring, {1, 3}), AllSuccessors(Ring, {})>>)
ASSUME PrintT(<<"Predecessors", Predecessors(Ring, 1), Predecessors(Fan, 1), Predecessors(Outside, 5),
                AllPredecessors(Ring, {1, 4}), AllPredecessors(Fan, {1})>>)
ASSUME PrintT(<<"Ancestors", Ancestors(Ring, 1), Ancestors(Fan, 1), Ancestors(Fan, 3), Ancestors(Chain, 4),
                Ancestors(Loop, "a"), Ancestors(Empty, 9)>>)
ASSUME PrintT(<<"Descendants", Descendants(Ring, 4), Descendants(Ring, 1), Descendants(Chain, 2),
                Descendants(Loop, "a"), Descendants(Loop, "b")>>)
ASSUME PrintT(<<"Degree", InDegree(Ring, 1), InDegree(Ring, 4), OutDegree(Ring, 3), OutDegree(Fan, 2),
                InDegree(Outside, 2), OutDegree(Outside, 1)>>)
ASSUME PrintT(<<"Roots", Roots(Fan), Roots(Ring), Roots(Tree), Roots(Outside), Roots(Empty)>>)
ASSUME PrintT(<<"Leaves", Leaves(Fan), Leaves(Ring), Leaves(Tree), Leaves(Loop)>>)
ASSUME PrintT(<<"EmptyGraph", EmptyGraph = Empty, EmptyGraph.node, EmptyGraph.edge>>)
ASSUME PrintT(<<"Graphs", Cardinality(Graphs({1, 2})), Sym \in Graphs({1, 2}), Fan \in Graphs({1, 2}),
                Graphs({}) = {Empty}>>)
ASSUME PrintT(<<"DirectedSubgraph", Cardinality(DirectedSubgraph(Fan)), Cardinality(DirectedSubgraph(Ring)),
                DirectedSubgraph(Empty) = {Empty}>>)
ASSUME PrintT({H.edge : H \in DirectedSubgraph([edge |-> {<<1, 2>>, <<2, 2>>}, node |-> {1, 2}])})
ASSUME PrintT(<<"UndirectedSubgraph", Cardinality(UndirectedSubgraph(Sym)), Cardinality(UndirectedSubgraph(Ring))>>)
ASSUME PrintT({H.edge : H \in UndirectedSubgraph([edge |-> {<<1, 2>>, <<2, 1>>, <<1, 1>>, <<2, 3>>}, node |-> {1, 2, 3}])})
====

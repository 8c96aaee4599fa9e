---- MODULE RandomUndirectedGraphs ----
\* 40 random undirected graphs (up to 4 nodes, edges also to a node outside G.node, loops {a}).
EXTENDS UndirectedGraphs, TLC, Integers, FiniteSets
F == [edge |-> 0, node |-> 0]
G0 == [edge |-> {}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G0), IsLoopFreeUndirectedGraph(G0), Cardinality(SimplePath(G0)), IsStronglyConnected(G0), Cardinality(UndirectedSubgraph(G0))>>)
ASSUME PrintT(ConnectedComponents(G0))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G0)}), {k \in 1..5 : AreConnectedIn(1, k, G0)}, {k \in 1..5 : AreConnectedIn(k, 3, G0)}>>)
G1 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G1), IsLoopFreeUndirectedGraph(G1), Cardinality(SimplePath(G1)), IsStronglyConnected(G1), Cardinality(UndirectedSubgraph(G1))>>)
ASSUME PrintT(ConnectedComponents(G1))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G1)}), {k \in 1..5 : AreConnectedIn(1, k, G1)}, {k \in 1..5 : AreConnectedIn(k, 3, G1)}>>)
G2 == [edge |-> {{2}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G2), IsLoopFreeUndirectedGraph(G2), Cardinality(SimplePath(G2)), IsStronglyConnected(G2), Cardinality(UndirectedSubgraph(G2))>>)
ASSUME PrintT(ConnectedComponents(G2))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G2)}), {k \in 1..5 : AreConnectedIn(1, k, G2)}, {k \in 1..5 : AreConnectedIn(k, 3, G2)}>>)
G3 == [edge |-> {{1}, {3, 4}, {3, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G3), IsLoopFreeUndirectedGraph(G3), Cardinality(SimplePath(G3)), IsStronglyConnected(G3), Cardinality(UndirectedSubgraph(G3))>>)
ASSUME PrintT(ConnectedComponents(G3))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G3)}), {k \in 1..5 : AreConnectedIn(1, k, G3)}, {k \in 1..5 : AreConnectedIn(k, 3, G3)}>>)
G4 == [edge |-> {{1, 3}, {2, 3}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G4), IsLoopFreeUndirectedGraph(G4), Cardinality(SimplePath(G4)), IsStronglyConnected(G4), Cardinality(UndirectedSubgraph(G4))>>)
ASSUME PrintT(ConnectedComponents(G4))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G4)}), {k \in 1..5 : AreConnectedIn(1, k, G4)}, {k \in 1..5 : AreConnectedIn(k, 3, G4)}>>)
G5 == [edge |-> {}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G5), IsLoopFreeUndirectedGraph(G5), Cardinality(SimplePath(G5)), IsStronglyConnected(G5), Cardinality(UndirectedSubgraph(G5))>>)
ASSUME PrintT(ConnectedComponents(G5))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G5)}), {k \in 1..5 : AreConnectedIn(1, k, G5)}, {k \in 1..5 : AreConnectedIn(k, 3, G5)}>>)
G6 == [edge |-> {{1}, {1, 2}}, node |-> {1}]
ASSUME PrintT(<<IsUndirectedGraph(G6), IsLoopFreeUndirectedGraph(G6), Cardinality(SimplePath(G6)), IsStronglyConnected(G6), Cardinality(UndirectedSubgraph(G6))>>)
ASSUME PrintT(ConnectedComponents(G6))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G6)}), {k \in 1..5 : AreConnectedIn(1, k, G6)}, {k \in 1..5 : AreConnectedIn(k, 3, G6)}>>)
G7 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G7), IsLoopFreeUndirectedGraph(G7), Cardinality(SimplePath(G7)), IsStronglyConnected(G7), Cardinality(UndirectedSubgraph(G7))>>)
ASSUME PrintT(ConnectedComponents(G7))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G7)}), {k \in 1..5 : AreConnectedIn(1, k, G7)}, {k \in 1..5 : AreConnectedIn(k, 3, G7)}>>)
G8 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G8), IsLoopFreeUndirectedGraph(G8), Cardinality(SimplePath(G8)), IsStronglyConnected(G8), Cardinality(UndirectedSubgraph(G8))>>)
ASSUME PrintT(ConnectedComponents(G8))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G8)}), {k \in 1..5 : AreConnectedIn(1, k, G8)}, {k \in 1..5 : AreConnectedIn(k, 3, G8)}>>)
G9 == [edge |-> {{1, 2}, {1, 4}, {2, 4}, {4}}, node |-> {1, 2, 3}]
ASSUME PrintT(<<IsUndirectedGraph(G9), IsLoopFreeUndirectedGraph(G9), Cardinality(SimplePath(G9)), IsStronglyConnected(G9), Cardinality(UndirectedSubgraph(G9))>>)
ASSUME PrintT(ConnectedComponents(G9))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G9)}), {k \in 1..5 : AreConnectedIn(1, k, G9)}, {k \in 1..5 : AreConnectedIn(k, 3, G9)}>>)
G10 == [edge |-> {{1, 2}, {3, 4}, {3, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G10), IsLoopFreeUndirectedGraph(G10), Cardinality(SimplePath(G10)), IsStronglyConnected(G10), Cardinality(UndirectedSubgraph(G10))>>)
ASSUME PrintT(ConnectedComponents(G10))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G10)}), {k \in 1..5 : AreConnectedIn(1, k, G10)}, {k \in 1..5 : AreConnectedIn(k, 3, G10)}>>)
G11 == [edge |-> {{1, 2}, {2}}, node |-> {1}]
ASSUME PrintT(<<IsUndirectedGraph(G11), IsLoopFreeUndirectedGraph(G11), Cardinality(SimplePath(G11)), IsStronglyConnected(G11), Cardinality(UndirectedSubgraph(G11))>>)
ASSUME PrintT(ConnectedComponents(G11))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G11)}), {k \in 1..5 : AreConnectedIn(1, k, G11)}, {k \in 1..5 : AreConnectedIn(k, 3, G11)}>>)
G12 == [edge |-> {}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G12), IsLoopFreeUndirectedGraph(G12), Cardinality(SimplePath(G12)), IsStronglyConnected(G12), Cardinality(UndirectedSubgraph(G12))>>)
ASSUME PrintT(ConnectedComponents(G12))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G12)}), {k \in 1..5 : AreConnectedIn(1, k, G12)}, {k \in 1..5 : AreConnectedIn(k, 3, G12)}>>)
G13 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G13), IsLoopFreeUndirectedGraph(G13), Cardinality(SimplePath(G13)), IsStronglyConnected(G13), Cardinality(UndirectedSubgraph(G13))>>)
ASSUME PrintT(ConnectedComponents(G13))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G13)}), {k \in 1..5 : AreConnectedIn(1, k, G13)}, {k \in 1..5 : AreConnectedIn(k, 3, G13)}>>)
G14 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G14), IsLoopFreeUndirectedGraph(G14), Cardinality(SimplePath(G14)), IsStronglyConnected(G14), Cardinality(UndirectedSubgraph(G14))>>)
ASSUME PrintT(ConnectedComponents(G14))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G14)}), {k \in 1..5 : AreConnectedIn(1, k, G14)}, {k \in 1..5 : AreConnectedIn(k, 3, G14)}>>)
G15 == [edge |-> {{1, 2}, {3, 5}, {4, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G15), IsLoopFreeUndirectedGraph(G15), Cardinality(SimplePath(G15)), IsStronglyConnected(G15), Cardinality(UndirectedSubgraph(G15))>>)
ASSUME PrintT(ConnectedComponents(G15))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G15)}), {k \in 1..5 : AreConnectedIn(1, k, G15)}, {k \in 1..5 : AreConnectedIn(k, 3, G15)}>>)
G16 == [edge |-> {{2, 3}, {2, 5}, {3}, {4, 5}, {5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G16), IsLoopFreeUndirectedGraph(G16), Cardinality(SimplePath(G16)), IsStronglyConnected(G16), Cardinality(UndirectedSubgraph(G16))>>)
ASSUME PrintT(ConnectedComponents(G16))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G16)}), {k \in 1..5 : AreConnectedIn(1, k, G16)}, {k \in 1..5 : AreConnectedIn(k, 3, G16)}>>)
G17 == [edge |-> {{1}, {1, 2}, {2}}, node |-> {1}]
ASSUME PrintT(<<IsUndirectedGraph(G17), IsLoopFreeUndirectedGraph(G17), Cardinality(SimplePath(G17)), IsStronglyConnected(G17), Cardinality(UndirectedSubgraph(G17))>>)
ASSUME PrintT(ConnectedComponents(G17))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G17)}), {k \in 1..5 : AreConnectedIn(1, k, G17)}, {k \in 1..5 : AreConnectedIn(k, 3, G17)}>>)
G18 == [edge |-> {}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G18), IsLoopFreeUndirectedGraph(G18), Cardinality(SimplePath(G18)), IsStronglyConnected(G18), Cardinality(UndirectedSubgraph(G18))>>)
ASSUME PrintT(ConnectedComponents(G18))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G18)}), {k \in 1..5 : AreConnectedIn(1, k, G18)}, {k \in 1..5 : AreConnectedIn(k, 3, G18)}>>)
G19 == [edge |-> {{1, 2}, {1, 4}, {5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G19), IsLoopFreeUndirectedGraph(G19), Cardinality(SimplePath(G19)), IsStronglyConnected(G19), Cardinality(UndirectedSubgraph(G19))>>)
ASSUME PrintT(ConnectedComponents(G19))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G19)}), {k \in 1..5 : AreConnectedIn(1, k, G19)}, {k \in 1..5 : AreConnectedIn(k, 3, G19)}>>)
G20 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G20), IsLoopFreeUndirectedGraph(G20), Cardinality(SimplePath(G20)), IsStronglyConnected(G20), Cardinality(UndirectedSubgraph(G20))>>)
ASSUME PrintT(ConnectedComponents(G20))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G20)}), {k \in 1..5 : AreConnectedIn(1, k, G20)}, {k \in 1..5 : AreConnectedIn(k, 3, G20)}>>)
G21 == [edge |-> {{1, 2}, {2, 3}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G21), IsLoopFreeUndirectedGraph(G21), Cardinality(SimplePath(G21)), IsStronglyConnected(G21), Cardinality(UndirectedSubgraph(G21))>>)
ASSUME PrintT(ConnectedComponents(G21))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G21)}), {k \in 1..5 : AreConnectedIn(1, k, G21)}, {k \in 1..5 : AreConnectedIn(k, 3, G21)}>>)
G22 == [edge |-> {}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G22), IsLoopFreeUndirectedGraph(G22), Cardinality(SimplePath(G22)), IsStronglyConnected(G22), Cardinality(UndirectedSubgraph(G22))>>)
ASSUME PrintT(ConnectedComponents(G22))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G22)}), {k \in 1..5 : AreConnectedIn(1, k, G22)}, {k \in 1..5 : AreConnectedIn(k, 3, G22)}>>)
G23 == [edge |-> {{1, 3}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G23), IsLoopFreeUndirectedGraph(G23), Cardinality(SimplePath(G23)), IsStronglyConnected(G23), Cardinality(UndirectedSubgraph(G23))>>)
ASSUME PrintT(ConnectedComponents(G23))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G23)}), {k \in 1..5 : AreConnectedIn(1, k, G23)}, {k \in 1..5 : AreConnectedIn(k, 3, G23)}>>)
G24 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G24), IsLoopFreeUndirectedGraph(G24), Cardinality(SimplePath(G24)), IsStronglyConnected(G24), Cardinality(UndirectedSubgraph(G24))>>)
ASSUME PrintT(ConnectedComponents(G24))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G24)}), {k \in 1..5 : AreConnectedIn(1, k, G24)}, {k \in 1..5 : AreConnectedIn(k, 3, G24)}>>)
G25 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G25), IsLoopFreeUndirectedGraph(G25), Cardinality(SimplePath(G25)), IsStronglyConnected(G25), Cardinality(UndirectedSubgraph(G25))>>)
ASSUME PrintT(ConnectedComponents(G25))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G25)}), {k \in 1..5 : AreConnectedIn(1, k, G25)}, {k \in 1..5 : AreConnectedIn(k, 3, G25)}>>)
G26 == [edge |-> {{1, 4}, {2, 5}, {4, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G26), IsLoopFreeUndirectedGraph(G26), Cardinality(SimplePath(G26)), IsStronglyConnected(G26), Cardinality(UndirectedSubgraph(G26))>>)
ASSUME PrintT(ConnectedComponents(G26))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G26)}), {k \in 1..5 : AreConnectedIn(1, k, G26)}, {k \in 1..5 : AreConnectedIn(k, 3, G26)}>>)
G27 == [edge |-> {{2, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G27), IsLoopFreeUndirectedGraph(G27), Cardinality(SimplePath(G27)), IsStronglyConnected(G27), Cardinality(UndirectedSubgraph(G27))>>)
ASSUME PrintT(ConnectedComponents(G27))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G27)}), {k \in 1..5 : AreConnectedIn(1, k, G27)}, {k \in 1..5 : AreConnectedIn(k, 3, G27)}>>)
G28 == [edge |-> {{5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G28), IsLoopFreeUndirectedGraph(G28), Cardinality(SimplePath(G28)), IsStronglyConnected(G28), Cardinality(UndirectedSubgraph(G28))>>)
ASSUME PrintT(ConnectedComponents(G28))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G28)}), {k \in 1..5 : AreConnectedIn(1, k, G28)}, {k \in 1..5 : AreConnectedIn(k, 3, G28)}>>)
G29 == [edge |-> {{2, 3}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G29), IsLoopFreeUndirectedGraph(G29), Cardinality(SimplePath(G29)), IsStronglyConnected(G29), Cardinality(UndirectedSubgraph(G29))>>)
ASSUME PrintT(ConnectedComponents(G29))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G29)}), {k \in 1..5 : AreConnectedIn(1, k, G29)}, {k \in 1..5 : AreConnectedIn(k, 3, G29)}>>)
G30 == [edge |-> {{1}, {1, 2}}, node |-> {1}]
ASSUME PrintT(<<IsUndirectedGraph(G30), IsLoopFreeUndirectedGraph(G30), Cardinality(SimplePath(G30)), IsStronglyConnected(G30), Cardinality(UndirectedSubgraph(G30))>>)
ASSUME PrintT(ConnectedComponents(G30))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G30)}), {k \in 1..5 : AreConnectedIn(1, k, G30)}, {k \in 1..5 : AreConnectedIn(k, 3, G30)}>>)
G31 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G31), IsLoopFreeUndirectedGraph(G31), Cardinality(SimplePath(G31)), IsStronglyConnected(G31), Cardinality(UndirectedSubgraph(G31))>>)
ASSUME PrintT(ConnectedComponents(G31))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G31)}), {k \in 1..5 : AreConnectedIn(1, k, G31)}, {k \in 1..5 : AreConnectedIn(k, 3, G31)}>>)
G32 == [edge |-> {{1}}, node |-> {}]
ASSUME PrintT(<<IsUndirectedGraph(G32), IsLoopFreeUndirectedGraph(G32), Cardinality(SimplePath(G32)), IsStronglyConnected(G32), Cardinality(UndirectedSubgraph(G32))>>)
ASSUME PrintT(ConnectedComponents(G32))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G32)}), {k \in 1..5 : AreConnectedIn(1, k, G32)}, {k \in 1..5 : AreConnectedIn(k, 3, G32)}>>)
G33 == [edge |-> {{1, 2}, {1, 3}, {1, 4}, {2}, {3, 5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G33), IsLoopFreeUndirectedGraph(G33), Cardinality(SimplePath(G33)), IsStronglyConnected(G33), Cardinality(UndirectedSubgraph(G33))>>)
ASSUME PrintT(ConnectedComponents(G33))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G33)}), {k \in 1..5 : AreConnectedIn(1, k, G33)}, {k \in 1..5 : AreConnectedIn(k, 3, G33)}>>)
G34 == [edge |-> {{1}, {1, 2}, {1, 4}, {3, 5}, {5}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G34), IsLoopFreeUndirectedGraph(G34), Cardinality(SimplePath(G34)), IsStronglyConnected(G34), Cardinality(UndirectedSubgraph(G34))>>)
ASSUME PrintT(ConnectedComponents(G34))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G34)}), {k \in 1..5 : AreConnectedIn(1, k, G34)}, {k \in 1..5 : AreConnectedIn(k, 3, G34)}>>)
G35 == [edge |-> {{1, 2}, {2}, {2, 4}}, node |-> {1, 2, 3, 4}]
ASSUME PrintT(<<IsUndirectedGraph(G35), IsLoopFreeUndirectedGraph(G35), Cardinality(SimplePath(G35)), IsStronglyConnected(G35), Cardinality(UndirectedSubgraph(G35))>>)
ASSUME PrintT(ConnectedComponents(G35))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G35)}), {k \in 1..5 : AreConnectedIn(1, k, G35)}, {k \in 1..5 : AreConnectedIn(k, 3, G35)}>>)
G36 == [edge |-> {{1}, {1, 3}, {2}, {2, 3}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G36), IsLoopFreeUndirectedGraph(G36), Cardinality(SimplePath(G36)), IsStronglyConnected(G36), Cardinality(UndirectedSubgraph(G36))>>)
ASSUME PrintT(ConnectedComponents(G36))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G36)}), {k \in 1..5 : AreConnectedIn(1, k, G36)}, {k \in 1..5 : AreConnectedIn(k, 3, G36)}>>)
G37 == [edge |-> {{1}, {2, 3}, {3, 4}}, node |-> {1, 2, 3}]
ASSUME PrintT(<<IsUndirectedGraph(G37), IsLoopFreeUndirectedGraph(G37), Cardinality(SimplePath(G37)), IsStronglyConnected(G37), Cardinality(UndirectedSubgraph(G37))>>)
ASSUME PrintT(ConnectedComponents(G37))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G37)}), {k \in 1..5 : AreConnectedIn(1, k, G37)}, {k \in 1..5 : AreConnectedIn(k, 3, G37)}>>)
G38 == [edge |-> {{2}}, node |-> {1}]
ASSUME PrintT(<<IsUndirectedGraph(G38), IsLoopFreeUndirectedGraph(G38), Cardinality(SimplePath(G38)), IsStronglyConnected(G38), Cardinality(UndirectedSubgraph(G38))>>)
ASSUME PrintT(ConnectedComponents(G38))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G38)}), {k \in 1..5 : AreConnectedIn(1, k, G38)}, {k \in 1..5 : AreConnectedIn(k, 3, G38)}>>)
G39 == [edge |-> {{1}, {1, 2}, {1, 3}, {2}}, node |-> {1, 2}]
ASSUME PrintT(<<IsUndirectedGraph(G39), IsLoopFreeUndirectedGraph(G39), Cardinality(SimplePath(G39)), IsStronglyConnected(G39), Cardinality(UndirectedSubgraph(G39))>>)
ASSUME PrintT(ConnectedComponents(G39))
ASSUME PrintT(<<Cardinality({<<m, k>> \in (1..5) \X (1..5) : AreConnectedIn(m, k, G39)}), {k \in 1..5 : AreConnectedIn(1, k, G39)}, {k \in 1..5 : AreConnectedIn(k, 3, G39)}>>)
====

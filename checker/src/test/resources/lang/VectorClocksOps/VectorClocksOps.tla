---- MODULE VectorClocksOps ----
\* VectorClocks: IsCausalOrder as defined; CausalOrder sorts a log so that causes come first.
\* Among concurrent events TLC's order changes from run to run: the logs sorted here have one
\* causal order only, and of the others only IsCausalOrder of the result is printed.
EXTENDS VectorClocks, TLC, Integers, Sequences
E(id, node, vc) == [id |-> id, n |-> node, vc |-> vc]
Ids(log) == [i \in 1..Len(log) |-> log[i].id]
CO(log) == CausalOrder(log, LAMBDA x : x.vc, LAMBDA x : x.n, LAMBDA vc : DOMAIN vc)
a1 == E("a1", "a", "a" :> 1)
b1 == E("b1", "b", "a" :> 1 @@ "b" :> 1)
a2 == E("a2", "a", "a" :> 2 @@ "b" :> 1)
b2 == E("b2", "b", "a" :> 2 @@ "b" :> 2)
c1 == E("c1", "c", "c" :> 1 @@ "b" :> 2)
x1 == E("x1", "x", "x" :> 1)
y1 == E("y1", "y", "y" :> 1)
x2 == E("x2", "x", "x" :> 2 @@ "y" :> 1)
Chain == <<a1, b1, a2, b2, c1>>
Free == <<x2, y1, x1>>
ASSUME PrintT(<<IsCausalOrder(Chain, LAMBDA x : x.vc), IsCausalOrder(<<b1, a1>>, LAMBDA x : x.vc),
                IsCausalOrder(<<>>, LAMBDA x : x.vc), IsCausalOrder(<<a1>>, LAMBDA x : x.vc)>>)
ASSUME PrintT(<<IsCausalOrder(<<x1, y1, x2>>, LAMBDA x : x.vc), IsCausalOrder(<<y1, x1, x2>>, LAMBDA x : x.vc),
                IsCausalOrder(Free, LAMBDA x : x.vc), IsCausalOrder(<<a1, a1>>, LAMBDA x : x.vc)>>)
ASSUME PrintT(<<IsCausalOrder(<<[vc |-> <<1, 0>>], [vc |-> <<0, 1>>], [vc |-> <<2, 2>>]>>, LAMBDA x : x.vc),
                IsCausalOrder(<<[vc |-> <<2, 2>>], [vc |-> <<1, 1>>]>>, LAMBDA x : x.vc)>>)
ASSUME PrintT(Ids(CO(Chain)))
ASSUME PrintT(Ids(CO(<<c1, b2, a2, b1, a1>>)))
ASSUME PrintT(Ids(CO(<<b2, c1, a1, a2, b1>>)))
ASSUME PrintT(<<CO(<<>>), Ids(CO(<<a1>>))>>)
ASSUME PrintT(<<IsCausalOrder(CO(Free), LAMBDA x : x.vc), Len(CO(Free)), Ids(CO(Free))[3]>>)
====

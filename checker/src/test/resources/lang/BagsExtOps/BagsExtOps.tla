---- MODULE BagsExtOps ----
\* Every operator of the CommunityModule BagsExt (which instantiates Bags LOCALly: a spec sees only
\* its own operators), with edge cases, and a model that fills and empties a bag.
EXTENDS BagsExt, Integers, Sequences, TLC
VARIABLE b
P(x, y) == <<x, y>>
B == (1 :> 2) @@ (2 :> 1) @@ (3 :> 3)
First(t) == CHOOSE x \in t : TRUE
ASSUME PrintT(<<"BagAdd", BagAdd((1 :> 2) @@ (2 :> 1), 1), BagAdd((1 :> 2) @@ (2 :> 1), 3), BagAdd(<<>>, 1)>>)
ASSUME PrintT(<<"BagAdd", BagAdd(<<>>, "a"), BagAdd([a |-> 1], "a"), BagAdd(<<0>>, 1)>>)
ASSUME PrintT(<<"BagRemove", BagRemove((1 :> 2) @@ (2 :> 1), 1), BagRemove((1 :> 1) @@ (2 :> 1), 1)>>)
ASSUME PrintT(<<"BagRemove", BagRemove((1 :> 2) @@ (2 :> 1), 3), BagRemove(<<>>, 1), BagRemove(<<1>>, 1)>>)
ASSUME PrintT(<<"BagRemoveAll", BagRemoveAll((1 :> 3) @@ (2 :> 1), 1), BagRemoveAll((1 :> 3) @@ (2 :> 1), 3)>>)
ASSUME PrintT(<<"BagRemoveAll", BagRemoveAll(<<>>, 3), BagRemoveAll(<<"a">>, 1)>>)
ASSUME PrintT(<<"MapThenFoldBag", MapThenFoldBag(+, 0, LAMBDA x : 1, First, B)>>)
ASSUME PrintT(<<"MapThenFoldBag", MapThenFoldBag(\o, <<>>, LAMBDA x : <<x>>, First, B)>>)
ASSUME PrintT(<<"MapThenFoldBag", MapThenFoldBag(P, 0, LAMBDA x : 10 * x, First, (1 :> 2) @@ (2 :> 1))>>)
ASSUME PrintT(<<"MapThenFoldBag", MapThenFoldBag(P, 0, LAMBDA x : x, LAMBDA t : 99, <<>>)>>)
ASSUME PrintT(<<"FoldBag", FoldBag(+, 0, B), FoldBag(P, 0, <<>>), FoldBag(P, 0, (1 :> 2) @@ (2 :> 1))>>)
ASSUME PrintT(<<"FoldBag", FoldBag(P, 0, (1 :> 1) @@ (2 :> 2) @@ (3 :> 1))>>)
ASSUME PrintT(<<"SumBag", SumBag(B), SumBag(<<>>), SumBag((-1 :> 2)), SumBag(<<2, 2>>)>>)
ASSUME PrintT(<<"ProductBag", ProductBag(B), ProductBag(<<>>), ProductBag((-2 :> 3))>>)
Init == b = <<>>
Next == \/ SumBag(b) < 4 /\ \E e \in 1..2 : b' = BagAdd(b, e)
        \/ \E e \in DOMAIN b : b' = BagRemove(b, e)
Inv == /\ SumBag(b) = FoldBag(+, 0, b)
       /\ SumBag(b) = MapThenFoldBag(+, 0, LAMBDA x : x, First, b)
       /\ \A e \in DOMAIN b : BagRemoveAll(b, e) = BagRemoveAll(BagRemove(b, e), e)
====

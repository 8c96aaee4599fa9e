---- MODULE BagsOps ----
\* The Bags standard module, with values worked out by hand.
EXTENDS Naturals, FiniteSets, Bags, TLC
VARIABLE b
B1 == SetToBag({"a", "b"})
B2 == B1 (+) SetToBag({"a"})
ASSUME /\ B1 = [e \in {"a", "b"} |-> 1]
       /\ B2 = ("a" :> 2 @@ "b" :> 1)
       /\ IsABag(B2) /\ ~IsABag(<<0>>)
       /\ CopiesIn("a", B2) = 2 /\ CopiesIn("z", B2) = 0
       /\ BagIn("b", B2) /\ ~BagIn("z", B2)
       /\ BagToSet(B2) = {"a", "b"}
       /\ B2 (-) B1 = SetToBag({"a"})
       /\ B1 (-) B2 = EmptyBag
       /\ BagCardinality(B2) = 3 /\ BagCardinality(EmptyBag) = 0
       /\ B1 \sqsubseteq B2 /\ ~(B2 \sqsubseteq B1)
       /\ BagUnion({B1, SetToBag({"b"})}) = ("a" :> 1 @@ "b" :> 2)
       /\ SubBag(SetToBag({"a"}) (+) SetToBag({"a"})) = {EmptyBag, SetToBag({"a"}), "a" :> 2}
       /\ Cardinality(SubBag(B2)) = 6
       /\ BagOfAll(LAMBDA e : 0, B2) = (0 :> 3)
Init == b = EmptyBag
Next == BagCardinality(b) < 2 /\ \E e \in {"x", "y"} : b' = b (+) SetToBag({e})
Inv == BagCardinality(b) <= 2
====

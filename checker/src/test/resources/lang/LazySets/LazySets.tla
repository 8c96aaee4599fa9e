---- MODULE LazySets ----
\* Membership that is decided without listing the set (each of these sets is huge or infinite).
EXTENDS Naturals, Sequences
VARIABLE s
Big == 1..40
ASSUME /\ {1, 2, 40} \in SUBSET Big
       /\ {0} \notin SUBSET Big
       /\ <<1, 2, 50>> \in Seq(1..50)
       /\ <<0>> \notin Seq(1..50)
       /\ 5 \in Nat \ {0}
       /\ 0 \notin Nat \ {0}
       /\ 7 \in {n \in Nat : n % 7 = 0}
       /\ {{1}, {2, 3}} \in {P \in SUBSET SUBSET Big : \A A \in P : A # {}}
       /\ [a |-> 1, b |-> 40] \in [a : Big, b : Big]
       /\ [i \in 1..3 |-> 2] \in [1..3 -> Big]
Init == s = {}
Next == \E e \in 1..2 : e \notin s /\ s' = s \cup {e}
Inv == s \in SUBSET SUBSET Big \/ s \in SUBSET Big
====

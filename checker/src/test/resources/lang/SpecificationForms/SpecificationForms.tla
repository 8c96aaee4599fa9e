---- MODULE SpecificationForms ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec1 == Init /\ [][TRUE]_<<>>
Spec2 == Init
Spec3 == Init /\ [][Next]_x
I == INSTANCE Counter2 WITH y <- x
Spec4 == I!Spec
Spec5 == x \in 0..1 /\ I!Spec
Inv == x < 10
====

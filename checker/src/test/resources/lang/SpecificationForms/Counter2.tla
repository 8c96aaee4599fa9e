---- MODULE Counter2 ----
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == y < 2 /\ y' = y + 1
Spec == Init /\ [][Next]_y
====

---- MODULE Cdot ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x' = x + 1
Next == x < 3 /\ (A \cdot A)
====

---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE n
Init == n = 0
Next == n < Limit /\ n' = n + 1
Capped == n <= Limit
====

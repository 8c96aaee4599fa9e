---- MODULE RandomArgs ----
\* RandomSetOfSubsets(k, n, S) needs n in 0..Cardinality(S).
EXTENDS Randomization
VARIABLE x
Init == x = RandomSetOfSubsets(3, 6, {1, 2, 3, 4, 5})
Next == UNCHANGED x
====

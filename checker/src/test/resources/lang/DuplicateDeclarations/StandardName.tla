---- MODULE StandardName ----
EXTENDS Naturals, Sequences
VARIABLE x
Small == LET Nat == {0, 1} IN x \in Nat
Init == x = 0
Next == x' = x
====

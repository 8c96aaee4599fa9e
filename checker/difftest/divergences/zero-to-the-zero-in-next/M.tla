---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = [v0 \in 1..2 |-> 0]
Next == ((y' = [y EXCEPT ![2] = ((2 + (0 ^ 0))) % 3]))
====

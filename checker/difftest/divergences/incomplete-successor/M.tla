---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES z
Init == z = 0
A1 == (z' = (z + 1) % 4)
A2 == TRUE
Next == A1 \/ A2
====

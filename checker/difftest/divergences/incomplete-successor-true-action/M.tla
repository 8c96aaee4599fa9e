---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES z
Init == z = [v0 \in {a, b} |-> 0]
A1 == TRUE
A2 == UNCHANGED <<z>>
Next == A1 \/ A2
====

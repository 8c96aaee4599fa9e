---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y \in {0, 4}
Next == (UNCHANGED <<y>>)
Inv1 == y < 1
====

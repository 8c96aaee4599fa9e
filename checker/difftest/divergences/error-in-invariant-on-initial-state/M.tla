---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = 0
Next == (UNCHANGED <<x>>)
Inv1 == (CHOOSE v5 \in {} : TRUE)
====

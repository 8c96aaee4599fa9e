---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = "p"
Next == (UNCHANGED <<x>>)
Con == ((CHOOSE v5 \in {} : TRUE))
====

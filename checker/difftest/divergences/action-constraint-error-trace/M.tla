---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = << >>
Next == (UNCHANGED <<x>>)
ACon == (CHOOSE v3 \in {} : TRUE)
====

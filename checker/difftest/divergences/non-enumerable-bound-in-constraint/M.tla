---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = TRUE
Next == (UNCHANGED <<x>>)
Con == ((\A v5 \in FALSE : TRUE))
====

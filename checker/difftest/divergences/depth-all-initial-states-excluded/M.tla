---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = FALSE
Next == (UNCHANGED <<x>>)
Con == (x)
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = TRUE
Next == (UNCHANGED <<x>>)
ACon == <<>>[0]
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = 0
Next == ((FALSE) /\ UNCHANGED <<x>>)
Con == (x <= 4)
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = << >>
Next == (UNCHANGED <<x>>)
Inv1 == (5 :> TRUE)[0]
Con == (x # << >>)
====

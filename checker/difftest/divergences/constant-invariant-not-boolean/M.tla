---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = 0
Next == (UNCHANGED <<y>>)
Inv1 == 0
Inv2 == FALSE
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = TRUE
Next == (UNCHANGED <<y>>)
Inv1 == ("a" \in {})
====

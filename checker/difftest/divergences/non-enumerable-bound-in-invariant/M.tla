---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = [f |-> 0, g |-> TRUE]
Next == (UNCHANGED <<x>>)
Inv1 == (\A v3 \in 0 : TRUE)
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x \in SUBSET {"p", "q"}
Next == (UNCHANGED <<x>>)
Inv1 == x # {}
Inv2 == Cardinality(x) < 1
Con == (x # {})
====

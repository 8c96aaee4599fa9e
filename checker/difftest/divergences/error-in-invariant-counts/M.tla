---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y \in BOOLEAN
Next == (UNCHANGED <<y>>)
Inv1 == ({2, 0, (-2)} = 0)
====

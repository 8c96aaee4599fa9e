---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x \in [f : 0..2, g : BOOLEAN]
Next == (UNCHANGED <<x>>)
Inv1 == Tail(<< >>)
Con == (x.g)
====

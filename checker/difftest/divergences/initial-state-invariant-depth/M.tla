---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES z
Init == z \in [f : 0..2, g : BOOLEAN]
Next == (UNCHANGED <<z>>)
Inv1 == z.g
Inv2 == 0
====

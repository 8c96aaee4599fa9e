---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y, z
Init == y = 0 /\ z \in {"p", "q", "p q"}
Next == (UNCHANGED <<y, z>>)
Inv1 == z # "q"
Con == (y <= 5) /\ ((~TRUE))
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y, z
Init == y = "p" /\ z = {}
A1 == (z' = z \cup {"a"}) /\ UNCHANGED <<y>>
A2 == UNCHANGED <<z>>
Next == A1 \/ A2
Inv1 == Cardinality(z) < 1
====

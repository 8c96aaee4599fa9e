---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x \in [f : 0..2, g : BOOLEAN]
A1 == \E v1 \in BOOLEAN : \E v2 \in 0..2 : (x' = [f |-> (Head(<< >>)) % 3, g |-> TRUE])
Next == A1
Inv1 == x.g
Con == (x.g)
====

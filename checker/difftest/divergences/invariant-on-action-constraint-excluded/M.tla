---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = TRUE
Next == (\E v1 \in BOOLEAN : (x' = v1))
Inv1 == x
ACon == x' = x
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = TRUE
Next == y' = ~y
Inv1 == y
Con == y
====

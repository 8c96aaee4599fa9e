---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = "p"
Next == ((y' \in {"p", "q", "p q"}))
Inv1 == y # "q"
====

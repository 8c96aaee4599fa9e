---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x, y
Init == x \in {"p", "q", "p q"} /\ y = a
Next == ((x # "q") /\ (y' = CHOOSE v2 \in {a, b, c} : v2 # y) /\ UNCHANGED <<x>>)
====

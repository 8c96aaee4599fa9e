---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x, y
Init == x = 0 /\ y \in {0, 2}
Next == ((y < 1) /\ (x' = x + 2) /\ UNCHANGED <<y>>)
Con == (x <= 5)
====

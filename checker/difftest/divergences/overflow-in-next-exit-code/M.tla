---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = [v0 \in {a, b} |-> 0]
Next == (((5 ^ 31)) /\ UNCHANGED <<y>>)
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = [f |-> 0, g |-> TRUE]
Next == (UNCHANGED <<y>>)
Con == ((a :> FALSE)[a])
====

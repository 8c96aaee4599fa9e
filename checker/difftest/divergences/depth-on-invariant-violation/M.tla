---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = [f |-> 0, g |-> TRUE]
Next == ((x' = [x EXCEPT !.f = (@ + 1) % 3]))
Inv1 == x.f < 2
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x, y
Init == x = [f |-> 0, g |-> TRUE] /\ y = TRUE
Next == ((x' = [x EXCEPT !.f = (@ + 1) % 3]) /\ UNCHANGED <<y>>) \/ (((CHOOSE v3 \in {} : TRUE)) /\ UNCHANGED <<x>>)
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y, z
Init == y = FALSE /\ z = [v0 \in 4..4 |-> 0]
Next == ((y' \in BOOLEAN) /\ UNCHANGED <<z>>) \/ (((CHOOSE v4 \in ({6} \cup {0, (-1), 5}) : y)) /\ UNCHANGED <<y>>)
Inv1 == (~y /\ ([f |-> FALSE] \in [f : {TRUE, FALSE}]))
====

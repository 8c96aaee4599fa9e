---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT(DOMAIN [v20 \in (4..5) |-> a])
====

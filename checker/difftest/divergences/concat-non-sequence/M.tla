---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT((<<>> \o (0 :> TRUE @@ (-2) :> [v7 \in 1..(-1) |-> {c, b, b}] @@ 0 :> <<{c, c}, {c, b, a}, {b, a}>>)[(-2)]))
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT((({(-1)} :> 0) @@ [v8 \in ((-1)..-1) |-> 0]))
====

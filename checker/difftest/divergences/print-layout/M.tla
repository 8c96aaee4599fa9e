---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT([[f |-> 0, g |-> "a"] EXCEPT !.g = <<[f |-> TRUE, g |-> 0], [f |-> TRUE, g |-> 1000000], [f |-> FALSE, g |-> 2]>>])
====

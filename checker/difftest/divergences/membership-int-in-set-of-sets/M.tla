---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ Print((0 \in {{TRUE}}), TRUE)
====

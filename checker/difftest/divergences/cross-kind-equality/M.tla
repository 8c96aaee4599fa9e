---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ Print(("a" = [f |-> (-2), g |-> 0]), TRUE)
====

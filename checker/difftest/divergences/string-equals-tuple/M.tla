---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT(("a" = <<"a", (-2), 0>>))
====

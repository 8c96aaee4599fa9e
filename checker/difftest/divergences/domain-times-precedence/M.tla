---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT(DOMAIN (1 :> 2) \X {3})
====

---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT(({[f |-> 3], "a"} \union {a, (5 :> a @@ 4 :> c)}))
====

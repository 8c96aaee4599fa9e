---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ Print(Len(ToString(("a" :> a @@ "a\nb" :> a))), TRUE)
====

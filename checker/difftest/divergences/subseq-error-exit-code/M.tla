---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES y
Init == y = a
Next == ((y' = IF y = a THEN b ELSE a)) \/ ((SubSeq(<<1>>, 0, 4)) /\ UNCHANGED <<y>>)
====

---- MODULE LazyExcept ----
\* A value of a state's function replaced by a function over Nat, which cannot be listed: the
\* result is only applied, never fingerprinted, so nothing may try to list it (a fingerprint
\* updated at the EXCEPT would).
EXTENDS Naturals, Sequences
VARIABLE f
Init == f = <<1, 2>>
Next == UNCHANGED f
Inv == /\ [f EXCEPT ![1] = [n \in Nat |-> n + 1]][1][41] = 42
       /\ Append(f, [n \in Nat |-> n])[3][7] = 7
====

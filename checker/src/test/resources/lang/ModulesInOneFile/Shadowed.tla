---- MODULE Shadowed ----
\* The folder holds Shadow.tla, so TLC 2.18 extends that file's Shadow (Bound == 2), not the one below.
EXTENDS Naturals, Shadow
VARIABLE x
Init == x = 0
Next == x < Bound /\ x' = x + 1
====
---- MODULE Shadow ----
Bound == 5
====

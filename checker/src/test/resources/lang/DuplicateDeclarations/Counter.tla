---- MODULE Counter ----
EXTENDS Naturals
VARIABLE x, y
Inc == x' = x + 1 /\ y' = y
====

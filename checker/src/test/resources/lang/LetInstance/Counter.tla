---- MODULE Counter ----
EXTENDS Naturals
CONSTANT k
Step(n) == n + k
====

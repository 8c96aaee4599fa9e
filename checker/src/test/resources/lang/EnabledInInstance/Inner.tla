---- MODULE Inner ----
EXTENDS Naturals
VARIABLE v
Inc == v' = v + 1
CanInc == ENABLED Inc
CanStep == ENABLED (v' = 5 /\ v' > v)
====

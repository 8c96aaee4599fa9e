---- MODULE Hi ----
EXTENDS Naturals
VARIABLE h
HTypeOK == h \in 0..2
Small == h < 2
HStep == h' = h \/ h' = (h + 1) % 3
====

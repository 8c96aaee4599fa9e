---- MODULE Constants ----
EXTENDS Naturals
CONSTANT C
Double == C + C
====

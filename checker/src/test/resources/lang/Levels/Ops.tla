---- MODULE Ops ----
CONSTANT F(_)
Def == F(1)
====

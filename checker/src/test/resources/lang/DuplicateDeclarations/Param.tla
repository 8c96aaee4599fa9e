---- MODULE Param ----
CONSTANT c
Val == c
====

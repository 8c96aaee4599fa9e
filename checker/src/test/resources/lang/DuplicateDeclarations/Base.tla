---- MODULE Base ----
VARIABLE x
CONSTANT C
====

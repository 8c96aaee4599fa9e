---- MODULE Inner ----
CONSTANT C
VARIABLE v
Plain == v = C
====

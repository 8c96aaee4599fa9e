---- MODULE UnknownModule ----
EXTENDS Naturals,
        ShiViz
VARIABLE x
Init == x = 0
Next == x' = x
====

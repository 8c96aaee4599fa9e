---- MODULE Redeclared ----
EXTENDS Base, Naturals
VARIABLE x, y
VARIABLE y
CONSTANT C, C
Init == x = 0 /\ y = C
Next == x' = (x + 1) % 3 /\ y' = y
Inv == x < 2
====

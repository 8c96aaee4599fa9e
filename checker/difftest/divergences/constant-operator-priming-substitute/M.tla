---- MODULE M ----
EXTENDS Naturals
CONSTANT F(_)
VARIABLE x
Pri(a) == a'
Init == x = 0
Next == x' = (x + 1) % 3
Inv == F(x) < 10
====

---- MODULE Outside ----
\* A recursive function over a product of intervals applied outside its domain: an evaluation
\* error naming the argument, as for any other domain.
EXTENDS Naturals
VARIABLE x
g[<<i, j>> \in (0..2) \X (0..2)] == IF i = 0 THEN j ELSE g[<<i - 1, j>>] + x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == g[<<2, x + 1>>] >= 0
====

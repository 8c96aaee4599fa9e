---- MODULE View ----
\* VIEW: states with the same x % 3 count as one.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Mod3 == x % 3
====

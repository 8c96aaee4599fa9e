---- MODULE Unsupported ----
EXTENDS Naturals
VARIABLE x
Pos == \A y \in {1, 2} : y > 0
Init == x = 0
Next == x' = IF Pos!(1) THEN x ELSE x + 1
====

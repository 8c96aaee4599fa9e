---- MODULE ConfigLevels ----
EXTENDS Naturals
CONSTANT C
VARIABLE x
StateOp == x + 1
Lazy == IF FALSE THEN x ELSE 1
Init == x = 0
Next == x' = (x + C) % 3
Primed == x' = x
====

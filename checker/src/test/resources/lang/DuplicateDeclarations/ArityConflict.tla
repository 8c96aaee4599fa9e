---- MODULE ArityConflict ----
CONSTANT F(_)
CONSTANT F(_, _)
VARIABLE x
Init == x = 0
Next == x' = x
====

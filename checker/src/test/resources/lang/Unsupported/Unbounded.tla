---- MODULE Unbounded ----
VARIABLE x
Init == x = 0
Next == x' = CHOOSE n : n = x
====

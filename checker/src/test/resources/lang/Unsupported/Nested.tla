---- MODULE Nested ----
VARIABLE x
---- MODULE Inner ----
Y == 1
====
Init == x = 0
Next == x' = x
====

---- MODULE DuplicateFields ----
VARIABLE x
Record == [a |-> 1, b |-> 2, a |-> 3]
Records == [a : {1}, a : {2}]
Init == x = 0
Next == x' = x
====

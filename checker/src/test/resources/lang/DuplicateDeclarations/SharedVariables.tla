---- MODULE SharedVariables ----
EXTENDS Counter, Holder
Init == x = 0 /\ y = "y"
Next == Inc \/ Hold
Inv == x < 3
====

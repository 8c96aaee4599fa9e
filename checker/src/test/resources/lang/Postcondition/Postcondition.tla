---- MODULE Postcondition ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Counted == TLCGet("stats").distinct = 4 /\ TLCGet("stats").generated = 4
Wrong == TLCGet("stats").diameter = 99
====

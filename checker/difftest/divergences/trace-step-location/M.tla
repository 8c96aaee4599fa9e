---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x
Init == x = 0
Next == ((x' = (x + 1) % 4))
Inv1 == x # 2
====

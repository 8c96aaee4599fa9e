---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES z
Init == z = 0
Next == (((-2147483648 - 0)))
====

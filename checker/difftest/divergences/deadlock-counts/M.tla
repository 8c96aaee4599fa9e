---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
VARIABLES x, y
Init == x = "p" /\ y = 0
Next == ((x # "q") /\ (x' \in {"p", "q", "p q"}) /\ (y' = (y + 1) % 4))
====

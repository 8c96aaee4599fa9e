---- MODULE Stairs ----
\* Two counters that only go up: deadlock in the corner, at the last level.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..2 /\ y = 0
Next == \/ x < 40 /\ x' = x + 1 /\ y' = y
        \/ y < 40 /\ y' = y + 1 /\ x' = x
====

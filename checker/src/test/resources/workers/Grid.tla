---- MODULE Grid ----
\* A walk on a grid with diagonal steps back: about 3,700 states, many per BFS level, so
\* several workers share every level. Far is violated first at level 71 by many states at once.
EXTENDS Naturals
CONSTANT N
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < N /\ x' = x + 1 /\ y' = y
        \/ y < N /\ y' = y + 1 /\ x' = x
        \/ x > 0 /\ y > 0 /\ x' = x - 1 /\ y' = y - 1
Near == x + y < 70
Diagonal == x # 55 \/ y # 55
====

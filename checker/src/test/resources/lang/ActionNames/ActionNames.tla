---- MODULE ActionNames ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc(v) == x' = x + v /\ y' = y
Dec == x > 0 /\ x' = x - 1 /\ y' = y
Both(a, b) == /\ x' = x + a
              /\ y' = y + b
Next == \/ \E v \in {1, 2} : Inc(v)
        \/ Dec
        \/ (y < 1 /\ y' = y + 1 /\ x' = x)
        \/ \E a \in {3} : \E b \in {1} : Both(a, b)
        \/ \E v \in {7} : x' = v /\ y' = y
        \/ LET w == 9 IN x' = w /\ y' = y
Inv == x < 13
Inv2 == x < 2 \/ y > 0
====

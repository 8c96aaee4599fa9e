---- MODULE ThroughDefinitions ----
EXTENDS Naturals
VARIABLES x, y
SetTo(v, e) == v = e
InitWith(s) == x = s /\ y = s
Init == InitWith(0)
a == x'
b == y
Pair(p, q) == p = x + 1 /\ q = y
N[n \in {1, 2}] == UNCHANGED x /\ y' = y + n
Step(s) == s' = s + 1
A1 == x < 2 /\ SetTo(x', x + 1) /\ UNCHANGED y
A2 == x < 3 /\ a = x + 2 /\ b' = y
A3 == y < 3 /\ \E i \in {1, 2} : N[i]
A4 == x < 4 /\ Pair(x', y')
A5 == y < 2 /\ Step(y) /\ x' = x
IsIn(v, S) == v \in S
A6 == x < 1 /\ IsIn(x', {x + 5, x + 6}) /\ y' = y
A7 == y < 1 /\ LET v == y' IN v = y + 3 /\ x' = x
Next == A1 \/ A2 \/ A3 \/ A4 \/ A5 \/ A6 \/ A7
Inv == x + y < 9
Small == x + y < 6 \/ x = 6
====

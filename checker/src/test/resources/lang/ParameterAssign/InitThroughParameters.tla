---- MODULE InitThroughParameters ----
EXTENDS Naturals
VARIABLES x, y
InitVar(v) == v = 0
InSet(v, S) == v \in S
Init == InitVar(x) /\ InSet(y, {1, 2})
Bump(v, w) == v' = w + 1
Next == x < 2 /\ Bump(x, x) /\ UNCHANGED y
Inv == x + y < 4
====

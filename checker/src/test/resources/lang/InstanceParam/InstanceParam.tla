---- MODULE InstanceParam ----
\* A parameterised instance: C(k)!Op sees v <- k.
EXTENDS Naturals
VARIABLE c
C(k) == INSTANCE Cell WITH v <- k
ASSUME C(2)!Double = 4 /\ C(3)!Twice(2) = 12
Init == c = 0
Next == \E k \in 1..3 : C(k)!Set
Inv == c \in {0, 2, 4, 6}
====

---- MODULE LetInstance ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 4 /\ x' = LET C == INSTANCE Counter WITH k <- 2 IN C!Step(x)
====

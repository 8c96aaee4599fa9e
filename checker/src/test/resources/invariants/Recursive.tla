---- MODULE Recursive ----
\* Invariants that read a variable through a RECURSIVE definition. Such a definition is pure
\* when the rest of its body is, so its invariant is split into conjuncts like any other; one
\* that prints is evaluated whole in every state.
EXTENDS Naturals, TLC

VARIABLES x, y

Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ UNCHANGED y
        \/ y < 2 /\ y' = y + 1 /\ UNCHANGED x
Spec == Init /\ [][Next]_<<x, y>>

RECURSIVE Down(_)
\* 10 \div y, reached through two recursive calls: fails to evaluate where y = 0.
Down(n) == IF n = 0 THEN 10 \div y ELSE Down(n - 1)
Fragile == /\ x \in 0..2
           /\ Down(2) > 0

RECURSIVE Loud(_)
Loud(n) == IF n = 0 THEN PrintT("loud") ELSE Loud(n - 1)
Noisy == /\ Loud(1)
         /\ x \in 0..2
====

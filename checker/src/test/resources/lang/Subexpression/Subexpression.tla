---- MODULE Subexpression ----
\* Positional subexpressions: Inv!3 is the third conjunct of Inv; Th!: is a theorem's body.
EXTENDS Naturals
VARIABLE x
Inv == /\ x \in 0..4
       /\ x # 7
       /\ x < 3
Guard(n) == \/ n = 0
            \/ n > 0 /\ n <= 4
THEOREM Bounded == \A n \in 0..4 : Guard(n)
ASSUME Bounded!: /\ Guard(2)!2 /\ ~Guard(2)!1
Second == Inv!2!1 = x
Init == x = 0
Next == x < 4 /\ x' = x + 1
Third == Inv!3
====

---- MODULE Chain ----
\* A long cycle, for the iterative (non-recursive) strongly connected component search.
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % N
Spec == Init /\ [][Next]_x /\ WF_x(Next)
BackToZero == []<>(x = 0)
====

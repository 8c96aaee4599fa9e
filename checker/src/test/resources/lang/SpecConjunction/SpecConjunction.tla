---- MODULE SpecConjunction ----
\* SPECIFICATION given as a conjunction of named sub-formulas.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 5
Safety == Init /\ [][Next]_x
Fairness == WF_x(Next)
Spec == Safety /\ Fairness
====

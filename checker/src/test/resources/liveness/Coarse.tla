---- MODULE Coarse ----
\* The abstract spec Fine is checked against, through refinement mappings.
EXTENDS Naturals
VARIABLE level
Init == level = 0
Next == level < 2 /\ level' = level + 1
Spec == Init /\ [][Next]_level
====

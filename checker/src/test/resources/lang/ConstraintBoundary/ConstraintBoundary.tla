---- MODULE ConstraintBoundary ----
\* TLC checks the invariants of every state it generates, also of those outside the CONSTRAINT or
\* ACTION_CONSTRAINT, which it neither counts as found nor explores.
EXTENDS Naturals
VARIABLE x
Init == x \in 0..1
Next == x' = x + 1
Inv == x # 3
InitialInv == x # 1
Below3 == x < 3
Below1 == x < 1
StepBelow3 == x' < 3
====

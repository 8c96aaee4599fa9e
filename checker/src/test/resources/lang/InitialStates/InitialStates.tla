---- MODULE InitialStates ----
\* How TLC reports what goes wrong on an initial state: an invariant violated by it, an invariant
\* that fails to evaluate on it, and a next-state relation that fails to evaluate from it.
EXTENDS Naturals
VARIABLE x
Init == x \in 0..5
Next == x < 7 /\ x' = x + 1
Broken == IF x = 2 THEN CHOOSE v \in {} : TRUE ELSE TRUE
Not4 == x # 4
NoNext == x' = CHOOSE v \in {} : TRUE
====

---- MODULE RelationErrors ----
\* Evaluation errors of Relation, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS Relation
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "NotBoolean" -> IsReflexive([p \in {1} \X {1} |-> 0], {1})
              [] Case = "OutsideDomain" -> IsSymmetric([p \in {<<1, 2>>} |-> TRUE], {1, 2})
Next == UNCHANGED x
====

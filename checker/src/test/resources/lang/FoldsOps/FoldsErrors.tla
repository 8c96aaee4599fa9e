---- MODULE FoldsErrors ----
\* Evaluation errors of Folds, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS Folds
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "NotASet" -> MapThenFoldSet(LAMBDA a, b : a, 0, LAMBDA a : a, LAMBDA s : CHOOSE a \in s : TRUE, 3)
Next == UNCHANGED x
====

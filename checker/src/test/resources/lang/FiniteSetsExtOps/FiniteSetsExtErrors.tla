---- MODULE FiniteSetsExtErrors ----
\* Evaluation errors of FiniteSetsExt, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS FiniteSetsExt
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "MaxOfEmpty" -> Max({})
              [] Case = "ChooseUniqueTwo" -> ChooseUnique({2, 3, 4, 5}, LAMBDA y : y % 3 = 2)
              [] Case = "FoldSetInfinite" -> FoldSet(+, 0, Nat)
              [] Case = "SumSetOverflow" -> SumSet({2147483647, 1})
Next == UNCHANGED x
====

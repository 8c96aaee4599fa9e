---- MODULE FunctionsErrors ----
\* Evaluation errors of Functions, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS Functions
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "AntiFunctionNotInjective" -> AntiFunction(<<1, 1>>)
              [] Case = "InverseNoChoice" -> Inverse(<<1, 2>>, {}, {1})
              [] Case = "FoldOutsideDomain" -> FoldFunctionOnSet(+, 0, <<1, 2>>, {3})
              [] Case = "FoldString" -> FoldFunction(+, 0, "abc")
Next == UNCHANGED x
====

---- MODULE StatisticsLevel ----
\* The significance level must be in (0, 0.5].
EXTENDS Statistics
VARIABLE x
Init == x = ChiSquare(<<10, 10>>, <<13, 7>>, "0.6")
Next == UNCHANGED x
====

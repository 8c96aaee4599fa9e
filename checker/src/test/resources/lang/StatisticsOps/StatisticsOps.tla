---- MODULE StatisticsOps ----
\* Statistics: ChiSquare(expected, actual, alpha) is TRUE when the observed counts may follow the
\* expected frequencies (the test's p-value is not below alpha); expected counts are rescaled to
\* the observed total when the totals differ.
EXTENDS Statistics, TLC, Integers
ASSUME PrintT(<<ChiSquare(<<10, 10, 10>>, <<9, 11, 10>>, "0.05"), ChiSquare(<<10, 10, 10>>, <<1, 20, 9>>, "0.05")>>)
ASSUME PrintT(<<ChiSquare([a |-> 10, b |-> 10], [a |-> 5, b |-> 15], "0.05"), ChiSquare(<<10, 10>>, <<5, 15>>, "0.5")>>)
ASSUME PrintT(<<ChiSquare(<<10, 20>>, <<10, 20>>, "0.05"), ChiSquare(<<1, 2>>, <<10, 20>>, "0.05")>>)
ASSUME PrintT(<<ChiSquare(<<10, 10>>, <<13, 7>>, "0.2"), ChiSquare(<<10, 10>>, <<13, 7>>, "0.1")>>)
ASSUME PrintT(<<ChiSquare(<<50, 30, 20>>, <<48, 35, 17>>, "0.01"), ChiSquare(<<25, 25, 25, 25>>, <<10, 40, 30, 20>>, "0.001")>>)
ASSUME PrintT(<<ChiSquare(<<100, 100>>, <<0, 200>>, "0.05"), ChiSquare(<<1, 1, 1, 1, 1, 1>>, <<2, 0, 1, 1, 1, 1>>, "0.3")>>)
ASSUME PrintT(<<ChiSquare(<<3, 3>>, <<4, 2>>, "0.5"), ChiSquare(<<300, 300>>, <<320, 280>>, "0.1")>>)
====

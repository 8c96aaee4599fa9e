---- MODULE DyadicRationalsOps ----
\* DyadicRationals, built in: sums and halves reduced by the greatest common divisor of the
\* absolute values, as TLC's Java implementation reduces them (the LOCAL Reduce's definition,
\* over 1..n, has none for a numerator of 0 or below). TLC orders a record's fields by when it
\* first met their names: den before num here, as tlacheck orders them.
EXTENDS DyadicRationals, TLC, Integers
R(den, num) == [den |-> den, num |-> num]
ASSUME PrintT(<<Zero, One>>)
ASSUME PrintT(<<IsDyadicRational(R(8, 3)), IsDyadicRational(R(3, 1)), IsDyadicRational(R(1, 1)),
                IsDyadicRational(R(0, 1)), IsDyadicRational(R(-2, 1)), IsDyadicRational(R(2, 4))>>)
ASSUME PrintT(<<Half(One), Half(R(4, 3)), Half(R(4, 2))>>)
ASSUME PrintT(<<Half(Zero), Half(R(4, 0))>>)
ASSUME PrintT(<<Half(R(2, -2)), Half(R(1, -3))>>)
ASSUME PrintT(<<Add(R(2, 1), R(4, 1)), Add(R(2, 1), R(2, 1))>>)
ASSUME PrintT(<<Add(Zero, R(4, 2)), Add(R(4, 2), Zero)>>)
ASSUME PrintT(<<Add(R(4, 1), R(4, 3)), Add(R(8, 3), R(2, 1)), Add(R(2, -1), R(4, 1))>>)
ASSUME PrintT(<<Add(R(4, -1), R(4, -1)), Add(R(2, -1), R(2, 1)), Add(R(2, 0), R(2, 0))>>)
ASSUME PrintT(<<Add(R(2, 1), R(4, -3)), Add(R(4, 6), R(4, 2))>>)
ASSUME PrintT(<<Add(R(2, 3), R(2, 5)), Add(R(2, -3), R(2, -5))>>)
ASSUME PrintT(<<Add(R(3, 1), R(6, 1)), Add(R(2, 1), [den |-> 4, num |-> 1, x |-> 1]), Add(R(8, 4), R(8, 0))>>)
ASSUME PrintT(<<PrettyPrint(R(8, 3)), PrettyPrint(Zero), PrettyPrint(One), PrettyPrint(R(2, 2)), PrettyPrint(R(4, 0))>>)
ASSUME PrintT(<<Add(Half(One), Half(One)) = One, Half(Half(Half(One))), PrettyPrint(Add(Half(One), Half(Half(One))))>>)
====

---- MODULE CombinatoricsOps ----
\* Combinatorics: factorial, a function over Nat, and choose, computed directly (TLC's Java
\* implementation), so defined wherever the binomial coefficient is a 32-bit integer.
EXTENDS Combinatorics, TLC, Integers
ASSUME PrintT(<<factorial[0], factorial[1], factorial[5], factorial[12]>>)
ASSUME PrintT(<<choose(5, 2), choose(5, 0), choose(5, 5), choose(0, 0), choose(5, 7), choose(40, 2)>>)
ASSUME PrintT(<<choose(30, 15), choose(33, 16), choose(2, 1) + factorial[3], DOMAIN factorial = Nat>>)
ASSUME PrintT(<<7 \in DOMAIN factorial, -1 \in DOMAIN factorial, factorial[3] = 3 * factorial[2]>>)
ASSUME PrintT(<<choose(31, 1), choose(100, 99), choose(1000, 2)>>)
====

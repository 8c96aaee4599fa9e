---- MODULE IoUtilsOps ----
\* IOUtils' operators that touch no file: atoi, zeroPadN, IOEnv (the environment always has PATH).
EXTENDS IOUtils, TLC, Integers, Sequences
ASSUME PrintT(<<atoi("42"), atoi("-17"), atoi("0"), atoi("007"), atoi("+5")>>)
ASSUME PrintT(<<zeroPadN(42, 5), zeroPadN(123, 3), zeroPadN(123, 1), zeroPadN(0, 4), zeroPadN(-5, 4)>>)
ASSUME PrintT(<<zeroPadN(7, 0), zeroPadN(7, -2), zeroPadN("ab", 5), zeroPadN(<<1>>, 6)>>)
ASSUME PrintT(<<"PATH" \in DOMAIN IOEnv, IOEnv.PATH = IOEnv["PATH"], "NO_SUCH_VARIABLE_CM2" \in DOMAIN IOEnv>>)
====

---- MODULE BitwiseOps ----
\* The CommunityModule Bitwise (which instantiates Integers LOCALly): &, |, ^^, Not and shiftR,
\* on 0, powers of two, the largest integer and negative numbers (where TLC computes in Java on
\* 32-bit two's complement), and precedences; and a model that counts with them.
EXTENDS Bitwise, Integers, TLC
VARIABLE x
Min == -2147483647 - 1
ASSUME PrintT(<<"&", 12 & 10, 0 & 0, 5 & 0, 2147483647 & 1, (-12) & 10, 10 & (-12), (-1) & (-1)>>)
ASSUME PrintT(<<"|", 12 | 10, 0 | 0, 0 | 5, 2147483647 | 0, (-12) | 10, Min | 1>>)
ASSUME PrintT(<<"^^", 12 ^^ 10, 0 ^^ 0, 5 ^^ 0, 2147483647 ^^ 2147483646, (-12) ^^ 10, Min ^^ (-1)>>)
ASSUME PrintT(<<"Not", Not(5), Not(0), Not(1), Not(8), Not(255), Not(256), Not(1073741824)>>)
ASSUME PrintT(<<"Not", Not(2147483647), Not(-1), Not(-5), Not(Min)>>)
ASSUME PrintT(<<"shiftR", shiftR(12, 2), shiftR(1, 1), shiftR(0, 3), shiftR(255, 0), shiftR(7, 10)>>)
ASSUME PrintT(<<"shiftR", shiftR(-8, 1), shiftR(-1, 3), shiftR(7, 31), shiftR(7, 32), shiftR(7, 33)>>)
ASSUME PrintT(<<"shiftR", shiftR(-1, 31), shiftR(-1, 32), shiftR(7, -1), shiftR(-7, -1)>>)
ASSUME PrintT(<<"precedence", -12 & 10, 2 ^^ 3 * 2, 1 & 2 = 0, 3 | 4 = 7>>)
Init == x = 0
Next == x' = (x ^^ 5) & 7
Inv == /\ x | 0 = x
       /\ x & Not(x) = 0
       /\ shiftR(x, 1) = x \div 2
====

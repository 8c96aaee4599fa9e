---- MODULE ConfigOperators ----
EXTENDS Naturals, TLC
CONSTANT F(_)
a ++ b == a + b + 100
PlusPlus(a, b) == a * b
Plus(a, b) == a - b
MyNat == 0..3
VARIABLE x
Init == x \in Nat
Next == UNCHANGED x
ASSUME PrintT(<<2 ++ 3, Plus(5, 1), F(0), F(1)>>)
====

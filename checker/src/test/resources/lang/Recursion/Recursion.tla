---- MODULE Recursion ----
\* RECURSIVE operators at the top level and in LET, mutual recursion, and recursion that
\* reads a variable (so it must not be cached as a constant).
EXTENDS Naturals, Sequences
VARIABLE x

RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)

RECURSIVE IsEven(_), IsOdd(_)
IsEven(n) == IF n = 0 THEN TRUE ELSE IsOdd(n - 1)
IsOdd(n) == IF n = 0 THEN FALSE ELSE IsEven(n - 1)

RECURSIVE SumSeq(_)
SumSeq(s) == IF s = <<>> THEN 0 ELSE Head(s) + SumSeq(Tail(s))

Parity(n) ==
  LET RECURSIVE Ev(_), Od(_)
      Ev(k) == IF k = 0 THEN "even" ELSE Od(k - 1)
      Od(k) == IF k = 0 THEN "odd" ELSE Ev(k - 1)
  IN Ev(n)

RECURSIVE AddX(_)
AddX(n) == IF n = 0 THEN x ELSE 1 + AddX(n - 1)

ASSUME /\ Fact(5) = 120
       /\ IsEven(10) /\ IsOdd(7) /\ ~IsEven(3)
       /\ SumSeq(<<1, 2, 3, 4>>) = 10
       /\ Parity(4) = "even" /\ Parity(7) = "odd"

Init == x = 0
Next == x' = (x + 1) % 3
Inv == AddX(3) = x + 3
====

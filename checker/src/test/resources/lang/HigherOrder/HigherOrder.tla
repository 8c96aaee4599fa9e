---- MODULE HigherOrder ----
\* LAMBDA, operator parameters, user-defined infix/prefix/postfix operators, and [A]_v and
\* <<A>>_v inside definitions.
EXTENDS Naturals, Sequences
VARIABLES x, y

Apply2(F(_, _), a, b) == F(a, b)
Map(F(_), s) == [i \in 1..Len(s) |-> F(s[i])]
Fold(F(_, _), s, acc) == LET RECURSIVE G(_, _)
                             G(t, a) == IF t = <<>> THEN a ELSE G(Tail(t), F(a, Head(t)))
                         IN G(s, acc)
Plus(a, b) == a + b
a (+) b == (a + b) % 10
a ++ b == a * 10 + b
-. a == 100 - a
a ^+ == a + 1

ASSUME /\ Apply2(LAMBDA p, q : p * q, 6, 7) = 42
       /\ Apply2(Plus, 2, 3) = 5
       /\ Apply2(+, 4, 5) = 9
       /\ Map(LAMBDA e : e * e, <<1, 2, 3>>) = <<1, 4, 9>>
       /\ Fold(LAMBDA acc, e : acc ++ e, <<1, 2, 3>>, 0) = 123
       /\ 7 (+) 5 = 2
       /\ 1 ++ 2 = 12
       /\ -3 = 97
       /\ 4^+ = 5

Step == x < 2 /\ x' = x + 1
Init == x = 0 /\ y = 0
\* [A]_v: either Step or x unchanged; <<B>>_y: B must change y.
Next == /\ [Step]_x
        /\ \/ <<y' = 1 - y>>_y
           \/ UNCHANGED y
====

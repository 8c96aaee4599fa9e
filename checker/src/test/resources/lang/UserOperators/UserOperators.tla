---- MODULE UserOperators ----
\* Every user-definable operator symbol (Specifying Systems 15.2.1) defined and used with its
\* precedence; operators passed as arguments, built-in ones included; an infix operator applied in
\* prefix form. Every ASSUME holds in TLC 2.18.
EXTENDS Integers
VARIABLE x
a !! b == a + b
a ?? b == a * b
a %% b == a - b
a ## b == <<a, b>>
a $$ b == a * 10 + b
a $ b == a + b + b
a := b == a = b
a ::= b == a /= b
a ^^ b == a ^ b
a |- b == a + 1
a -| b == b + 1
a |= b == a < b
a =| b == a > b
a <: b == a + b + 1
a :> b == b
a ++ b == a + b
a -- b == a - b
a ** b == a * b
a // b == a \div b
a & b == a + b
a && b == a * b
a | b == a - b
a || b == a + b
a \sqcap b == a + b
a \uplus b == a + 2 * b
a \star b == a * b
a \bullet b == a * b
a \bigcirc b == a + b
a \wr b == a + b
a \prec b == a < b
a \approx b == a = b
a @@ b == a + b
a ^+ == a + 1
a ^* == a * 2
a ^# == a * 3
Plus(F(_, _), p, q) == F(p, q)
Apply1(F(_), p) == F(p)
Inf(_ \odot _, p, q) == p \odot q

ASSUME 1 !! 2 = 3 /\ 2 ?? 3 = 6 /\ 5 %% 2 = 3 /\ 1 ## 2 = <<1, 2>> /\ 1 $$ 2 = 12 /\ 1 $ 2 = 5
ASSUME (1 := 1) /\ (1 ::= 2) /\ 2 ^^ 3 = 8 /\ 2 ^+ = 3 /\ 2 ^* = 4 /\ 2 ^# = 6
ASSUME (1 |- 5) = 2 /\ (1 -| 5) = 6 /\ (1 |= 2) /\ (2 =| 1) /\ 1 <: 2 = 4 /\ 1 :> 2 = 2
ASSUME 1 ++ 2 * 3 = 7 /\ 7 -- 2 -- 1 = 4 /\ 2 ** 3 = 6 /\ 7 // 2 = 3 /\ 1 & 2 = 3 /\ 2 && 3 = 6
ASSUME 5 | 2 = 3 /\ 1 || 2 = 3 /\ 1 \sqcap 2 = 3 /\ 1 \uplus 2 = 5 /\ 2 \star 3 = 6 /\ 2 \bullet 3 = 6
ASSUME 1 \bigcirc 2 = 3 /\ 1 \wr 2 = 3 /\ (1 \prec 2) /\ (1 \approx 1) /\ 1 @@ 2 = 3
ASSUME 2 ^^ 2 ++ 1 = 5 /\ 2 ?? 3 ^^ 2 = 18 /\ 1 ++ 2 ** 3 = 7 /\ -2 ^+ = -3
ASSUME Plus(+, 1, 2) = 3 /\ Plus(++, 1, 2) = 3 /\ Plus(!!, 1, 2) = 3 /\ Plus(-, 5, 3) = 2
ASSUME Inf(-, 5, 2) = 3 /\ Inf(%%, 5, 2) = 3
ASSUME Plus(\cup, {1}, {2}) = {1, 2} /\ Plus(/\, TRUE, FALSE) = FALSE /\ Plus(\in, 1, {1})
ASSUME Apply1(~, FALSE) /\ Apply1(SUBSET, {1}) = {{}, {1}} /\ Apply1(UNION, {{1}, {2}}) = {1, 2}
ASSUME Apply1(DOMAIN, <<5>>) = {1} /\ Apply1(-., 3) = -3
ASSUME +(4, 6) = 10 /\ \cup({1}, {2}) = {1, 2} /\ -.(3) = -3 /\ ++(1, 2) = 3
Init == x = 0
Next == x' = (x ++ 1) %% 0
Inv == x !! 0 <= 3
====

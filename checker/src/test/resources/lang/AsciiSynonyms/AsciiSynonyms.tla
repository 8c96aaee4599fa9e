---- MODULE AsciiSynonyms ----
\* SANY's ASCII synonyms are one operator: a user definition of (+) is used as \oplus, and so on;
\* \leq is Naturals' <=. Numbers in binary, octal and hexadecimal. Every ASSUME holds in TLC 2.18.
EXTENDS Naturals
VARIABLE x
a (+) b == a + b
a (-) b == a - b
a (.) b == a * b
a (/) b == a \div b
a (\X) b == <<a, b>>
a \o b == a + 100 * b
ASSUME 1 \oplus 2 = 3 /\ 5 \ominus 2 = 3 /\ 2 \odot 3 = 6 /\ 7 \oslash 2 = 3
ASSUME 1 \otimes 2 = <<1, 2>> /\ 1 \circ 2 = 201
ASSUME \forall n \in {1} : \exists m \in {1} : n = m
ASSUME \lnot FALSE /\ \neg FALSE /\ ((TRUE \land TRUE) \lor FALSE) /\ (TRUE \equiv TRUE)
ASSUME 1 =< 2 /\ 1 \leq 2 /\ 2 \geq 1 /\ 1 # 2 /\ 1 /= 2
ASSUME {1} \intersect {1, 2} = {1} /\ {1} \union {2} = {1, 2} /\ {1} \subseteq {1} /\ 1 \notin {2}
ASSUME {1} \X {2} = {1} \times {2}
ASSUME \b1010 = 10 /\ \B11 = 3 /\ \o17 = 15 /\ \O17 = 15 /\ \hFF = 255 /\ \Hff = 255
Init == x = \b0
Next == x \leq \h2 /\ x' = x (+) 1
Inv == x (+) 0 \in 0 .. \o3
====

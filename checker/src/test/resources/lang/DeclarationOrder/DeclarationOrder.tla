---- MODULE DeclarationOrder ----
EXTENDS Naturals
VARIABLE x
Early == Later + 1
Later == 2
Itself == Itself + 1
Watch == y
VARIABLE y
Local == LET a == Defined IN a
Defined == 3
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
RECURSIVE Even(_)
Odd(n) == IF n = 0 THEN FALSE ELSE Even(n - 1)
Even(n) == IF n = 0 THEN TRUE ELSE Odd(n - 1)
LetSelf == LET g(n) == IF n = 0 THEN 0 ELSE g(n - 1) IN g(3)
LetFcn == LET f[n \in Nat] == IF n = 0 THEN 0 ELSE f[n - 1] IN f[3]
LetRec == LET RECURSIVE h(_) h(n) == IF n = 0 THEN 0 ELSE h(n - 1) IN h(3)
Init == x = 0 /\ y = 0
Next == UNCHANGED <<x, y>>
====

---- MODULE Inductive ----
\* An inductive invariant checked the usual way: the initial states are all states that satisfy
\* it. Its conjuncts hold in the initial states by construction; successors are checked.
EXTENDS Naturals

CONSTANT Drop
VARIABLES a, b

TypeOK == a \in 0..2 /\ b \in 0..2
Ordered == a <= b
Inv == TypeOK /\ Ordered

Next == \/ a < b /\ a' = a + 1 /\ UNCHANGED b
        \/ b < 2 /\ b' = b + 1 /\ UNCHANGED a
        \/ Drop /\ b > 0 /\ b' = b - 1 /\ UNCHANGED a
ISpec == Inv /\ [][Next]_<<a, b>>

\* Not implied by the initial predicate: fails in the initial state a = b = 2.
SmallA == Inv /\ a < 2
====

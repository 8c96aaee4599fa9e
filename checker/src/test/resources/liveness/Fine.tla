---- MODULE Fine ----
\* A counter that refines Coarse under one mapping and not under another. A mapping is a
\* function of the state, so the checker may compute it once per state; it must still be the
\* value of the state it is asked about.
EXTENDS Naturals
VARIABLE n
Init == n = 0
Next == n < 5 /\ n' = n + 1
Spec == Init /\ [][Next]_n

\* level = 0, 0, 1, 1, 2, 2: every step keeps level or adds one.
Half == INSTANCE Coarse WITH level <- n \div 2
HalfSpec == Half!Spec

\* level = 0, 0, 1, 0, 2, 2: the step from n = 2 to n = 3 takes level from 1 back to 0.
Jumpy == INSTANCE Coarse WITH level <- IF n = 3 THEN 0 ELSE n \div 2
JumpySpec == Jumpy!Spec
====

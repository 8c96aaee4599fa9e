---- MODULE Starts ----
\* Many initial states, made by nested choices (x \in S, a disjunction, \E), so that several
\* workers split their generation; some coincide (x = 0), and Next only stutters.
EXTENDS Naturals
VARIABLES x, y, z

Init == /\ x \in 0..9
        /\ \/ y \in 0..5
           \/ y = 100
        /\ \E k \in 1..3 : z = x * k

Next == UNCHANGED <<x, y, z>>

Small == y < 100
NotTwelve == x + y # 12
====

---------------------------- MODULE Enabled ----------------------------
\* ENABLED stops at the first successor it finds, as TLC does: an alternative after it is never
\* tried, so the division by zero in each of these is never evaluated.
EXTENDS Naturals

VARIABLE x

ByDisjunct == x' = x + 1 \/ x' = 1 \div 0
ByBinding == \E d \in {1, 2} : x' = x + 1 \div (2 - d)
ByElement == x' \in {x + 1, x + 2} /\ 1 \div (x + 2 - x') > 0
\* <<A>>_x needs an A step that changes x.
Changes == <<x' = x \/ x' = x + 1>>_x
Stutters == <<x' = x>>_x

Init == x = 0
Next == x < 3 /\ x' = x + 1

Inv == /\ ENABLED ByDisjunct
       /\ ENABLED ByBinding
       /\ ENABLED ByElement
       /\ ENABLED Changes
       /\ ~ENABLED Stutters

\* Violated at x = 2.
Below2 == ENABLED (x < 2 /\ x' = x + 1)
=============================================================================

---- MODULE Toggle ----
\* Fairness per parameter value. Toggle(0) is enabled in every state with y = 0, so a fair
\* behaviour may toggle x there forever and never reach y = 1. Toggle(1) fails its first test
\* in those states: the checker may decide that once per state instead of once per step, but
\* it must still see the Toggle(0) steps as the steps that make the loop fair.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>

Init == x = 0 /\ y = 0
Flip == y' = 1 - y /\ UNCHANGED x
Toggle(i) == y = i /\ x' = 1 - x /\ UNCHANGED y
Next == Flip \/ \E i \in {0, 1} : Toggle(i)

PerValue == Init /\ [][Next]_vars /\ \A i \in {0, 1} : WF_vars(Toggle(i))

\* The first conjunct of Guarded reads y' through its parameter: it depends on the step, not
\* only on the state, although it looks like a test of the state.
Guarded(p) == p /\ Toggle(0)
ThroughParameter == Init /\ [][Next]_vars /\ WF_vars(Guarded(y' = y))

\* One fairness condition over both values: the checker may decide per state that a value's
\* tests fail, but only when they fail for every value (and every disjunct).
Exists == Init /\ [][Next]_vars /\ WF_vars(\E i \in {0, 1} : Toggle(i))
Either == Init /\ [][Next]_vars /\ WF_vars(Toggle(0) \/ Toggle(1))

EventuallyOne == <>(y = 1)
====

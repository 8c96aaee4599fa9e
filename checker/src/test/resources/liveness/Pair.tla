---- MODULE Pair ----
\* Two counters that step up, one at a time, or reset together; cut by a state constraint and an
\* action constraint, with weak and strong fairness. For RecordedGraphTest, which compares the
\* graph of states and steps recorded during the safety search with one explored separately.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x \in 0..1 /\ y = 0
Up == x' = x + 1 /\ y' = y
Over == y' = y + 1 /\ x' = x
Reset == x' = 0 /\ y' = 0
Stay == UNCHANGED vars
Next == Up \/ Over \/ Reset \/ Stay
Spec == Init /\ [][Next]_vars /\ WF_vars(Up) /\ SF_vars(Reset)
Small == x + y <= 4
NoBigReset == Reset => x + y <= 3
BackToZero == []<>(x = 0 /\ y = 0)
YStaysSmall == <>[](y <= 1)
====

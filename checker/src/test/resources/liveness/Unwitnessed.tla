---- MODULE Unwitnessed ----
\* ENABLED of a fairness condition is decided from a state's edges when one of them is a step of
\* the condition's action, and evaluated otherwise. Here no edge can witness it: Jump is never a
\* step of Next, and the one Next step from x = 2 leaves the state constraint. Both actions are
\* still enabled there, so every behaviour of the graph is unfair and the properties hold
\* vacuously; had the missing witness been taken for "disabled", they would fail.
EXTENDS Naturals
VARIABLE x

Init == x = 0
Cycle == x' = (x + 1) % 3
Jump == x' = 5
Climb == x' = x + 1

NeverTaken == Init /\ [][Cycle]_x /\ WF_x(Jump)
Constrained == Init /\ [][Climb]_x /\ WF_x(Climb)

Below3 == x < 3
ReachesFive == <>(x = 5)
ReachesSeven == <>(x = 7)
====

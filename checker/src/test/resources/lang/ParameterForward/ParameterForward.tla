---- MODULE ParameterForward ----
\* n = e assigns x' when n is bound to x', even through an operator that passes its own
\* parameter on (Relay), and only then: Check(x) passes a value, so there it is a test.
EXTENDS Naturals
VARIABLE x
Set(n) == n = 1 - x
Relay(m) == Set(m)
Check(k) == Relay(k)
Init == x = 0
Next == Relay(x') /\ ~Check(x)
====

---- MODULE RealTimeOps ----
\* RealTime declares the variable now, which a spec that extends it uses as its own. RTBound and
\* RTnow are beyond TLC: a spec may define formulas with them (Bound, Prop) without checking them.
EXTENDS RealTime, TLC
VARIABLE x
Init == x = 0 /\ now = 0
Next == x' = 1 - x /\ now' = now + 1
Spec == Init /\ [][Next]_<<x, now>>
Bound == RTBound(Next, x, 0, 5)
Prop == RTnow(x)
Constr == now < 3
TypeOK == x \in {0, 1} /\ now \in 0..3 /\ Real = "Reals"
====

---- MODULE Steps ----
\* Three counters that each step one at a time from 0 to 3. Each invariant below reads one
\* counter by a different route and fails when that counter reaches 3; a search that skips
\* the conjuncts a step cannot have changed must still find every failure.
EXTENDS Naturals, TLC

VARIABLES x, y, z
vars == <<x, y, z>>

Init == x = 0 /\ y = 0 /\ z = 0
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
        \/ y < 3 /\ y' = y + 1 /\ UNCHANGED <<x, z>>
        \/ z < 3 /\ z' = z + 1 /\ UNCHANGED <<x, y>>
Spec == Init /\ [][Next]_vars

TypeOK == /\ x \in 0..3
          /\ y \in 0..3
          /\ z \in 0..3

Below(v, n) == v < n
Apply(F(_), a) == F(a)
Third == z

ByArgument == TypeOK /\ Below(y, 3)
ByLet == LET w == z IN TypeOK /\ w # 3
ByQuantifier == TypeOK /\ \A v \in {x} : v < 3
ByFunction == TypeOK /\ [k \in {1} |-> y][1] < 3
ByOperatorArgument == TypeOK /\ Apply(LAMBDA a : a < 3, z)
ByDefinition == TypeOK /\ Third < 3
ByTuple == TypeOK /\ <<z, y, x>>[3] < 3

\* Prints in every state it is evaluated in, so it is never skipped (TLC prints 64 times).
Noisy == /\ PrintT("checked")
         /\ TypeOK

\* A property that is an invariant: TLC checks it, and prints, once per distinct state too.
AlwaysNoisy == []Noisy

\* Fails to evaluate where y = 0.
Fragile == /\ x \in 0..3
           /\ 10 \div y > 0
====

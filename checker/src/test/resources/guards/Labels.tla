---- MODULE Labels ----
\* Processes in PlusCal's style: each action's first test is its label, pc[self] = "...". For
\* GuardDispatchTest: only the actions of the current label are tried, which must change nothing.
\* Odd is the label of an action that never runs; Known lists the processes pc starts with.
EXTENDS Naturals
CONSTANTS Procs, Known, Odd
VARIABLES pc, count
vars == <<pc, count>>
Init == pc = [p \in Known |-> "a"] /\ count = 0
A(self) == /\ pc[self] = "a"
           /\ pc' = [pc EXCEPT ![self] = "b"]
           /\ UNCHANGED count
B(self) == /\ pc[self] = "b"
           /\ count' = count + 1
           /\ pc' = [pc EXCEPT ![self] = "c"]
C(self) == /\ pc[self] = "c"
           /\ pc' = [pc EXCEPT ![self] = "done"]
           /\ UNCHANGED count
Weird(self) == /\ pc[self] = Odd
               /\ UNCHANGED vars
P(self) == A(self) \/ B(self) \/ C(self) \/ Weird(self)
Next == \E self \in Procs : P(self)
Spec == Init /\ [][Next]_vars
CountSmall == count < 2
====

---- MODULE Shared ----
\* Actions and invariant disjuncts that start with the same test, as MCLamportMutex's three
\* Receive actions start with network[q][p] # << >>: when one finds the test false the others are
\* skipped (SharedGuard). Swap starts with the same expression over swapped arguments, which is a
\* different test. Counts are worked out in SharedGuardTest.
EXTENDS Naturals
CONSTANT Extra
VARIABLES box, log
Procs == {1, 2}
Init == box = [p \in Procs |-> [q \in Procs |-> 0]] /\ log = 0

Send(p, q) == /\ p # q
              /\ box[p][q] = 0
              /\ box' = [box EXCEPT ![p][q] = 1]
              /\ UNCHANGED log
RecvA(p, q) == /\ box[p][q] = 1
               /\ log = 0
               /\ box' = [box EXCEPT ![p][q] = 0]
               /\ log' = p
RecvB(p, q) == /\ box[p][q] = 1
               /\ log # 0
               /\ box' = [box EXCEPT ![p][q] = 0]
               /\ log' = 0
Swap(p, q) == /\ box[q][p] = 1
              /\ box[p][q] = 0
              /\ box' = [box EXCEPT ![q][p] = 0, ![p][q] = 1]
              /\ UNCHANGED log
Next == \E p, q \in Procs \cup Extra : RecvA(p, q) \/ Swap(p, q) \/ RecvB(p, q) \/ Send(p, q)

Held(p, q) == box[p][q] = 1 /\ log = 0
HeldNoted(p, q) == box[p][q] = 1 /\ log = q
Free(p, q) == box[p][q] = 0 /\ log \in 0..2
\* False once a message from p to q is in the box while log = p.
Noted == \A p, q \in Procs : p = q \/ Held(p, q) \/ HeldNoted(p, q) \/ Free(p, q)
====

---- MODULE Warmup ----
\* The training run for the class-data-sharing archive that checker/tlacheck builds on first use:
\* a small model that loads the classes a typical check uses (sets, functions, records,
\* sequences, quantifiers, LET, CASE, invariants, fairness, a temporal property and the
\* counterexample it prints) so that later runs find them pre-parsed.
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT Procs
VARIABLES pc, queue, owner
vars == <<pc, queue, owner>>
Init == /\ pc = [p \in Procs |-> "idle"]
        /\ queue = << >>
        /\ owner = [held |-> FALSE, by |-> CHOOSE p \in Procs : TRUE]
Request(p) == /\ pc[p] = "idle" /\ Len(queue) < 3
              /\ pc' = [pc EXCEPT ![p] = "waiting"] /\ queue' = Append(queue, p) /\ UNCHANGED owner
Acquire(p) == /\ pc[p] = "waiting" /\ ~owner.held /\ queue # << >> /\ Head(queue) = p
              /\ LET next == [owner EXCEPT !.held = TRUE, !.by = p] IN owner' = next
              /\ pc' = [pc EXCEPT ![p] = "critical"] /\ queue' = Tail(queue)
Release(p) == /\ pc[p] = "critical"
              /\ owner' = [owner EXCEPT !.held = FALSE]
              /\ pc' = [pc EXCEPT ![p] = CASE TRUE -> "idle" [] OTHER -> "idle"]
              /\ UNCHANGED queue
Next == \E p \in Procs : Request(p) \/ Acquire(p) \/ Release(p)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
Mutex == Cardinality({p \in Procs : pc[p] = "critical"}) <= 1
TypeOK == /\ pc \in [Procs -> {"idle", "waiting", "critical"}]
          /\ \A i \in 1..Len(queue) : queue[i] \in Procs
\* Violated (mutual exclusion keeps the processes from all being critical at once): the run
\* ends with a counterexample, as many real runs do.
AllCritical == <>(\A p \in Procs : pc[p] = "critical")
====

---- MODULE Mutex ----
\* Two processes and a lock. A waiting process can starve under weak fairness (the other one
\* keeps taking the lock, so Enter(p) is enabled only now and then) but not under strong fairness.
EXTENDS Naturals
Procs == {1, 2}
VARIABLES pc, lock
vars == <<pc, lock>>
Init == pc = [p \in Procs |-> "ncs"] /\ lock = 0
Try(p) == pc[p] = "ncs" /\ pc' = [pc EXCEPT ![p] = "try"] /\ UNCHANGED lock
Enter(p) == pc[p] = "try" /\ lock = 0 /\ lock' = p /\ pc' = [pc EXCEPT ![p] = "cs"]
Exit(p) == pc[p] = "cs" /\ lock' = 0 /\ pc' = [pc EXCEPT ![p] = "ncs"]
Next == \E p \in Procs : Try(p) \/ Enter(p) \/ Exit(p)
Spec == Init /\ [][Next]_vars
WeakSpec == Spec /\ \A p \in Procs : WF_vars(Enter(p) \/ Exit(p))
StrongSpec == Spec /\ \A p \in Procs : SF_vars(Enter(p)) /\ WF_vars(Exit(p))

NoStarvation == \A p \in Procs : (pc[p] = "try") ~> (pc[p] = "cs")
EnabledWhenFree == [](pc[1] = "try" /\ lock = 0 => ENABLED Enter(1))
EnabledWhenTrying == [](pc[1] = "try" => ENABLED Enter(1))
====

------------------------------ MODULE LockQueue ------------------------------
(***************************************************************************)
(* Mutual exclusion with a FIFO queue.  A process that wants the lock      *)
(* appends itself to the queue; the process at the head of the queue may   *)
(* enter its critical section; leaving removes it from the queue.          *)
(*                                                                         *)
(* The processes are model values (p1, p2, p3 in the cfg): TLC knows       *)
(* nothing about them except that they are distinct from each other and   *)
(* from every other value.                                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANT Procs              \* the processes: a set of model values

VARIABLES pc,               \* pc[p] is "idle", "waiting" or "critical"
          queue             \* the processes that asked for the lock, oldest first

vars == <<pc, queue>>

TypeOK == /\ pc \in [Procs -> {"idle", "waiting", "critical"}]
          /\ \A i \in 1 .. Len(queue) : queue[i] \in Procs

Init == /\ pc = [p \in Procs |-> "idle"]
        /\ queue = <<>>

Request(p) == /\ pc[p] = "idle"
              /\ pc' = [pc EXCEPT ![p] = "waiting"]
              /\ queue' = Append(queue, p)

Enter(p) == /\ pc[p] = "waiting"
            /\ Head(queue) = p
            /\ pc' = [pc EXCEPT ![p] = "critical"]
            /\ UNCHANGED queue

Exit(p) == /\ pc[p] = "critical"
           /\ pc' = [pc EXCEPT ![p] = "idle"]
           /\ queue' = Tail(queue)

Next == \E p \in Procs : Request(p) \/ Enter(p) \/ Exit(p)

Spec == Init /\ [][Next]_vars

MutualExclusion == Cardinality({p \in Procs : pc[p] = "critical"}) <= 1

\* A process is in the queue, once, exactly when it is not idle.
QueueMatchesPc ==
    \A p \in Procs :
        Cardinality({i \in 1 .. Len(queue) : queue[i] = p}) =
            IF pc[p] = "idle" THEN 0 ELSE 1

\* Only the process at the head of the queue can be critical.
CriticalIsHead ==
    \A p \in Procs : pc[p] = "critical" => queue # <<>> /\ Head(queue) = p
=============================================================================

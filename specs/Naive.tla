-------------------------------- MODULE Naive --------------------------------
(***************************************************************************)
(* Naive: a direct-I/O write holds the block side of its file's pagecache *)
(* lock from before it invalidates the file's page cache until the data   *)
(* is on disk, and pins its buffer with page faults enabled; a fault on   *)
(* file g waits for the add side of g.                                     *)
(*                                                                         *)
(* Expected: deadlock.  With one thread, a write of A whose buffer is the *)
(* mmap of A waits in its own fault for add(A), which it blocks itself;   *)
(* with two threads and two files, A <- mmap(B) and B <- mmap(A) wait for *)
(* each other (AB-BA).  The page cache stays consistent.                  *)
(***************************************************************************)
EXTENDS DioBase

Init == InitWith(2)

StartDioWrite(t, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "DioWrite", file |-> f, buf |-> g], "LockBlock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* block(f): never waits (the add side is never held across steps).
DioLockBlock(t, f) ==
    /\ pc[t] = "LockBlock"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Goto(t, "Invalidate")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* Write back and invalidate f's page cache (this also unmaps it).
DioInvalidate(t, f) ==
    /\ pc[t] = "Invalidate"
    /\ call[t].file = f
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<blockHeld, call, left, pinned, fdm, dropped, prevLeft,
                   faultFrom>>

\* get_user_pages finds the buffer page mapped: pinned.
DioPin(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ Cached(g)
    /\ pinned' = [pinned EXCEPT ![t] = cache[g]]
    /\ Goto(t, "Submit")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, fdm, dropped,
                   prevLeft, faultFrom>>

\* get_user_pages finds the buffer page unmapped: page fault on g.
DioPinFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

\* The fault handler of g takes the add side of g, waiting if needed.
FaultWaitAdd(t, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ Goto(t, "WaitAdd")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* The bio writes the pinned buffer to f's disk.
DioSubmit(t, f) ==
    /\ pc[t] = "Submit"
    /\ call[t].file = f
    /\ disk' = [disk EXCEPT ![f] = pinned[t]]
    /\ pinned' = [pinned EXCEPT ![t] = <<>>]
    /\ Goto(t, "Unlock")
    /\ UNCHANGED <<cache, dirty, blockHeld, call, left, fdm, dropped,
                   prevLeft, faultFrom>>

\* Release block(f); the write returns.
DioUnlock(t, f) ==
    /\ pc[t] = "Unlock"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED memVars

ThreadStep(t) ==
    \/ \E f, g \in Files : StartDioWrite(t, f, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E g \in Files : FaultWaitAdd(t, g)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f \in Files : DioLockBlock(t, f)
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E f \in Files : DioSubmit(t, f)
    \/ \E f \in Files : DioUnlock(t, f)

Next ==
    \/ \E t \in Threads : ThreadStep(t)
    \/ Environment
    \/ Done

Spec == Init /\ [][Next]_vars

\* For a later issue (temporal properties are not checked yet): every
\* syscall that starts returns, under weak fairness for each thread and
\* none for the environment (reclaim, writeback).
FairSpec == Spec /\ \A t \in Threads : WF_vars(ThreadStep(t))
\* Progress is judged with reclaim switched off: the kernel gives reclaim no fairness, and an
\* adversarial reclaimer that evicts every page a retry loop faulted in starves any
\* nofault-and-retry design. ProgressNext is Next without Evict steps.
ProgressNext == Next /\ ~(\E g \in Files : Evict(g))
ProgressSpec == Init /\ [][ProgressNext]_vars /\ \A t \in Threads : WF_vars(ThreadStep(t))
SyscallsReturn == \A t \in Threads : [](pc[t] # "Idle" => <>(pc[t] = "Idle"))

=============================================================================

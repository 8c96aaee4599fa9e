-------------------------------- MODULE NoLock --------------------------------
(***************************************************************************)
(* No lock: the DIO write invalidates its file's page cache, pins its      *)
(* buffer (faults allowed) and writes the disk; nothing keeps pages out of *)
(* the page cache meanwhile, and nothing invalidates after the write.      *)
(* Faults take no lock either (FaultWaitAdd never waits).                 *)
(*                                                                         *)
(* Expected: no deadlock; page cache inconsistent.                        *)
(***************************************************************************)
EXTENDS DioBase

Init == InitWith(2)

StartDioWrite(t, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "DioWrite", file |-> f, buf |-> g], "Invalidate")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* Write back and invalidate f's page cache.
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

\* The fault handler of g takes no lock (this never waits), waiting if needed.
FaultWaitAdd(t, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ Goto(t, "WaitAdd")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* The bio writes the pinned buffer to f's disk; the write returns.
DioSubmit(t, f) ==
    /\ pc[t] = "Submit"
    /\ call[t].file = f
    /\ disk' = [disk EXCEPT ![f] = pinned[t]]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty, blockHeld>>

ThreadStep(t) ==
    \/ \E f, g \in Files : StartDioWrite(t, f, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E g \in Files : FaultWaitAdd(t, g)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E f \in Files : DioSubmit(t, f)

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

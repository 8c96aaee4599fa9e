--------------------------------- MODULE Gfs2 ---------------------------------
(***************************************************************************)
(* GFS2 after b01b2d72da25 ("gfs2: Fix mmap + page fault deadlocks for    *)
(* direct I/O", 2021).  The DIO write takes the inode glock in DF mode     *)
(* (which keeps pages out of the page cache: faults need SH), invalidates  *)
(* the range (iomap_dio_rw) and pins its buffer with page faults DISABLED. *)
(* A missing page makes get_user_pages fail (IOMAP_DIO_PARTIAL, nothing    *)
(* done); the holder is then demoted -- the glock is dropped --, the       *)
(* buffer is faulted in with no lock held (fault_in_iov_iter_readable),    *)
(* and the DIO retakes the glock and retries, invalidating again.          *)
(*                                                                         *)
(* Expected: no deadlock, consistent, coherent -- but no progress when the *)
(* buffer is the mmap of the DIO's own file: retaking the glock            *)
(* invalidates the page just faulted in, forever (a livelock: a liveness   *)
(* property, see SyscallsReturn; not a safety violation).                  *)
(*                                                                         *)
(* One syscall per thread (InitWith(1)): the retry loop makes the graph    *)
(* larger than the other designs'.                                         *)
(***************************************************************************)
EXTENDS DioBase

Init == InitWith(1)

StartDioWrite(t, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "DioWrite", file |-> f, buf |-> g], "LockGlock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* Take the inode glock in DF mode: never waits (faults hold SH only inside
\* one step).
DioLockGlock(t, f) ==
    /\ pc[t] = "LockGlock"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Goto(t, "Invalidate")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* iomap_dio_rw writes back and invalidates f's page cache.
DioInvalidate(t, f) ==
    /\ pc[t] \in {"Invalidate", "Reinvalidate"}
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

\* Page faults are disabled: get_user_pages fails on the unmapped buffer page.
DioPinNoFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ Goto(t, "DropGlock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* gfs2_holder_allow_demote: the holder may be dequeued; modelled as always
\* dropped (the worst case).
DioDropGlock(t, f) ==
    /\ pc[t] = "DropGlock"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Goto(t, "FaultIn")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* fault_in_iov_iter_readable with no lock held: the buffer page is mapped.
DioFaultIn(t, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].buf = g
    /\ Cached(g)
    /\ Goto(t, "Relock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* fault_in_iov_iter_*: the buffer page is not mapped: page fault on g.
DioFaultInFault(t, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "FaultIn")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

\* Retake the glock in DF mode, then retry (retry: iomap_dio_rw again).
DioRelockGlock(t, f) ==
    /\ pc[t] = "Relock"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Goto(t, "Reinvalidate")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* The fault handler of g takes the SH glock of g (the add side), waiting if
\* needed.
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

\* Release the glock; the write returns.
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
    \/ \E f \in Files : DioLockGlock(t, f)
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinNoFault(t, f, g)
    \/ \E f \in Files : DioDropGlock(t, f)
    \/ \E g \in Files : DioFaultIn(t, g)
    \/ \E g \in Files : DioFaultInFault(t, g)
    \/ \E f \in Files : DioRelockGlock(t, f)
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

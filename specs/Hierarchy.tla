------------------------------ MODULE Hierarchy ------------------------------
(***************************************************************************)
(* The XFS/ext4 arrangement: the DIO write holds only i_rwsem, which page  *)
(* faults never take (not modelled: nothing here contends on it); page     *)
(* faults take mapping->invalidate_lock shared (the add side), which only  *)
(* truncate/punch/collapse take exclusive (not modelled).  iomap writes    *)
(* back and invalidates the range before the write and invalidates it      *)
(* again after the write (kiocb_invalidate_post_direct_write); that second *)
(* invalidation fails on a dirty page ("Page cache invalidation failure on *)
(* direct I/O.  Possible data corruption due to collision with buffered    *)
(* I/O!"), and the page stays.                                             *)
(*                                                                         *)
(* Expected: no deadlock; page cache NOT coherent (a fault can read the    *)
(* old data after the first invalidation) and NOT consistent (the second   *)
(* invalidation cannot drop a page dirtied through mmap meanwhile, whose   *)
(* clean cell keeps the old data).                                         *)
(***************************************************************************)
EXTENDS DioBase

Init == InitWith(2)

StartDioWrite(t, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "DioWrite", file |-> f, buf |-> g], "Invalidate")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* iomap: write back and invalidate f's page cache.
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

\* The fault handler of g takes invalidate_lock of g shared (the add side),
\* waiting if needed.
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
    /\ Goto(t, "PostInval")
    /\ UNCHANGED <<cache, dirty, blockHeld, call, left, fdm, dropped,
                   prevLeft, faultFrom>>

\* iomap_dio_complete: invalidate f's page cache again; a dirty page cannot
\* be dropped (the warning), and the write returns anyway.
DioPostInvalidate(t, f) ==
    /\ pc[t] = "PostInval"
    /\ call[t].file = f
    /\ cache' = IF Cached(f) /\ dirty[f] = {}
                  THEN [cache EXCEPT ![f] = NoPage]
                  ELSE cache
    /\ Returns(t)
    /\ UNCHANGED <<disk, dirty, blockHeld>>

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
    \/ \E f \in Files : DioPostInvalidate(t, f)

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

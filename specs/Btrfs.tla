-------------------------------- MODULE Btrfs --------------------------------
(***************************************************************************)
(* btrfs after 51bd9563b678 ("btrfs: fix deadlock due to page faults      *)
(* during direct IO reads and writes", 2021).  Each attempt of the DIO     *)
(* write (__iomap_dio_rw) invalidates the range, then locks the extent     *)
(* range and creates the ordered extent (which faults' readahead waits     *)
(* for: the block side) -- unless a page appeared in the range since the   *)
(* invalidation, in which case lock_extent_direct backs off with -ENOTBLK  *)
(* and the write falls back to buffered I/O --, and pins the buffer with   *)
(* page faults DISABLED.  If get_user_pages fails, the extent lock is      *)
(* released; if the previous attempt failed with as much left              *)
(* (prev_left), the rest is written as buffered I/O; otherwise the buffer  *)
(* is faulted in (only i_rwsem held, which faults never take) and the DIO  *)
(* retries.                                                                *)
(*                                                                         *)
(* Expected: no deadlock, consistent, coherent, and progress.              *)
(*                                                                         *)
(* One syscall per thread (InitWith(1)): the retry and fallback paths      *)
(* make the graph larger than the other designs'.                          *)
(***************************************************************************)
EXTENDS DioBase

Init == InitWith(1)

StartDioWrite(t, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "DioWrite", file |-> f, buf |-> g], "Invalidate")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* __iomap_dio_rw writes back and invalidates f's page cache.
DioInvalidate(t, f) ==
    /\ pc[t] \in {"Invalidate", "Reinvalidate"}
    /\ call[t].file = f
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "LockExtent")
    /\ UNCHANGED <<blockHeld, call, left, pinned, fdm, dropped, prevLeft,
                   faultFrom>>

\* Lock the extent range and create the ordered extent; no page of f was
\* added since the invalidation.
DioLockExtent(t, f) ==
    /\ pc[t] = "LockExtent"
    /\ call[t].file = f
    /\ ~Cached(f)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* lock_extent_direct finds a page of f that raced in after the
\* invalidation: unlock, -ENOTBLK, buffered fallback.
DioLockExtentRace(t, f) ==
    /\ pc[t] = "LockExtent"
    /\ call[t].file = f
    /\ Cached(f)
    /\ Goto(t, "Fallback")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

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

\* Page faults are disabled: get_user_pages fails; iomap_end releases the
\* extent lock and the unused ordered extent.  No progress since the
\* previous EFAULT (left == prev_left): fall back to buffered I/O; else
\* fault the buffer in and retry.
DioPinNoFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ IF prevLeft[t] = 1
          THEN /\ Goto(t, "Fallback")
               /\ UNCHANGED prevLeft
          ELSE /\ Goto(t, "FaultIn")
               /\ prevLeft' = [prevLeft EXCEPT ![t] = 1]
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   faultFrom>>

\* fault_in_iov_iter_readable: the buffer page is mapped; retry the DIO.
DioFaultIn(t, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].buf = g
    /\ Cached(g)
    /\ Goto(t, "Reinvalidate")
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

\* Buffered fallback: copy the buffer into f's page cache (dirty); this
\* locks f's range, waiting for another DIO's extent lock / ordered extent.
DioBufferedWrite(t, f, g) ==
    /\ pc[t] = "Fallback"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ Cached(g)
    /\ Blockers(t) = {}
    /\ cache' = [cache EXCEPT ![f] = cache[g]]
    /\ dirty' = [dirty EXCEPT ![f] = Cells]
    /\ Goto(t, "FallbackSync")
    /\ UNCHANGED <<disk, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* The buffered copy faults on the unmapped buffer page g.
DioBufferedWriteFault(t, f, g) ==
    /\ pc[t] = "Fallback"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "Fallback")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

\* After the buffered write: write back and invalidate the range; return.
DioFallbackSync(t, f) ==
    /\ pc[t] = "FallbackSync"
    /\ call[t].file = f
    /\ WriteBackAndDrop(f)
    /\ Returns(t)
    /\ UNCHANGED blockHeld

\* The fault handler of g takes the extent lock of g's range (the add side:
\* readahead), waiting if needed.
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

\* Release the extent lock (the ordered extent completes); the write returns.
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
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f \in Files : DioLockExtent(t, f)
    \/ \E f \in Files : DioLockExtentRace(t, f)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinNoFault(t, f, g)
    \/ \E g \in Files : DioFaultIn(t, g)
    \/ \E g \in Files : DioFaultInFault(t, g)
    \/ \E f, g \in Files : DioBufferedWrite(t, f, g)
    \/ \E f, g \in Files : DioBufferedWriteFault(t, f, g)
    \/ \E f \in Files : DioFallbackSync(t, f)
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

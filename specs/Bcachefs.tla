------------------------------- MODULE Bcachefs -------------------------------
(***************************************************************************)
(* bcachefs: the DIO write holds block(f) and records                     *)
(* current->faults_disabled_mapping = f around get_user_pages.  The fault  *)
(* handler for mapping g (bch2_page_fault):                                *)
(*   - g = f: refuse the fault (SIGBUS): the write returns -EFAULT;        *)
(*   - g ordered after f, or no fdm: take add(g), waiting if needed;       *)
(*   - g ordered before f: add_tryget(g); if that fails, drop block(f),    *)
(*     wait for add(g) and release it, retake block(f), set the "dropped   *)
(*     locks" flag and refuse the fault; the DIO sees the flag,            *)
(*     invalidates f's page cache again and retries get_user_pages.        *)
(* (Order as in bch2_page_fault: the trylock is for fdm > mapping.  Locks  *)
(* are ordered by mapping address; here A < B.)                           *)
(*                                                                         *)
(* Expected: no deadlock; page cache consistent and coherent.             *)
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
    /\ fdm' = [fdm EXCEPT ![t] = NoFile]
    /\ Goto(t, "Submit")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, dropped,
                   prevLeft, faultFrom>>

\* get_user_pages (with current->faults_disabled_mapping = f) finds the
\* buffer page unmapped: page fault on g.
DioPinFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned,
                   dropped, prevLeft>>

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

(* bch2_page_fault(g), run by get_user_pages while the task holds block(f)
   and current->faults_disabled_mapping = f (fdm[t] = NoFile for a fault
   outside a DIO write). *)

\* g is the mapping whose block side the task holds: refuse the fault.
FaultSigbus(t, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ fdm[t] = g
    /\ Goto(t, "PinFailed")
    /\ faultFrom' = [faultFrom EXCEPT ![t] = "none"]
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

\* No lock held, or g ordered after f (lock order kept): take add(g), waiting
\* if needed.
FaultWaitAdd(t, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ fdm[t] = NoFile \/ Before(fdm[t], g)
    /\ Goto(t, "WaitAdd")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* g ordered before f (lock order violated): add_tryget(g) succeeds; the
\* page is read in and the fault returns.
FaultTrylockAdd(t, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ fdm[t] # NoFile
    /\ Before(g, fdm[t])
    /\ blockHeld[g] = {}
    /\ FillPage(g)
    /\ FaultReturns(t)
    /\ UNCHANGED <<blockHeld, call, left, pinned, fdm, dropped, prevLeft>>

\* add_tryget(g) fails (someone holds block(g)): drop block(f) = block(fdm).
FaultDropBlock(t, f, g) ==
    /\ pc[t] = "Fault"
    /\ call[t].buf = g
    /\ fdm[t] = f
    /\ f # NoFile
    /\ Before(g, f)
    /\ blockHeld[g] # {}
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Goto(t, "DropWaitAdd")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, dropped,
                   prevLeft, faultFrom>>

\* add_get(g) (waits until nobody holds block(g)), then add_put(g).
FaultAddGetPut(t, g) ==
    /\ pc[t] = "DropWaitAdd"
    /\ call[t].buf = g
    /\ Blockers(t) = {}
    /\ Goto(t, "Relock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft, faultFrom>>

\* block_get(fdm) again, set the "dropped locks" flag, refuse the fault.
FaultRelockBlock(t, f) ==
    /\ pc[t] = "Relock"
    /\ fdm[t] = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ dropped' = [dropped EXCEPT ![t] = TRUE]
    /\ Goto(t, "PinFailed")
    /\ faultFrom' = [faultFrom EXCEPT ![t] = "none"]
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, prevLeft>>

\* get_user_pages failed after the fault handler dropped locks: pages may
\* have been added to f meanwhile, so invalidate f again and retry.
DioRetryAfterDrop(t, f) ==
    /\ pc[t] = "PinFailed"
    /\ call[t].file = f
    /\ dropped[t]
    /\ WriteBackAndDrop(f)
    /\ dropped' = [dropped EXCEPT ![t] = FALSE]
    /\ fdm' = [fdm EXCEPT ![t] = NoFile]
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<blockHeld, call, left, pinned, prevLeft, faultFrom>>

\* get_user_pages failed and no lock was dropped: the write returns -EFAULT.
DioEfault(t, f) ==
    /\ pc[t] = "PinFailed"
    /\ call[t].file = f
    /\ ~dropped[t]
    /\ fdm' = [fdm EXCEPT ![t] = NoFile]
    /\ Goto(t, "Unlock")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, dropped,
                   prevLeft, faultFrom>>

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
    \/ \E g \in Files : FaultSigbus(t, g)
    \/ \E f \in Files : DioEfault(t, f)
    \/ \E g \in Files : FaultTrylockAdd(t, g)
    \/ \E f, g \in Files : FaultDropBlock(t, f, g)
    \/ \E g \in Files : FaultAddGetPut(t, g)
    \/ \E f \in Files : FaultRelockBlock(t, f)
    \/ \E f \in Files : DioRetryAfterDrop(t, f)

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

------------------------------- MODULE Bcachefs -------------------------------
(***************************************************************************)
(* bcachefs (fs/bcachefs/fs-io-direct.c, fs-io-pagecache.c; Kent          *)
(* Overstreet's "sched: Add task_struct->faults_disabled_mapping").        *)
(*                                                                         *)
(* DIO write: inode_dio_begin, pagecache_block_get(f), write back and      *)
(* invalidate f's page cache, then get_user_pages with                     *)
(* current->faults_disabled_mapping = f.  The fault handler for mapping g  *)
(* (bch2_page_fault):                                                      *)
(*   - g = f: refuse the fault (SIGBUS): the write returns -EFAULT;        *)
(*   - g ordered after f, or no fdm: take add(g), waiting if needed;       *)
(*   - g ordered before f: add_tryget(g); if that fails, drop block(f),    *)
(*     wait for add(g) and release it, retake block(f), set the "dropped   *)
(*     locks" flag and refuse the fault; the DIO sees the flag,            *)
(*     invalidates f's page cache again and retries get_user_pages.        *)
(* DIO read (bch2_read_iter): no pagecache lock, no fdm; pins its buffer  *)
(* (faults allowed), reads, dirties the page.                              *)
(* Buffered read and page_mkwrite take the add side; collapse              *)
(* (bch2_fallocate_dispatch: inode_lock, inode_dio_wait,                   *)
(* pagecache_block_get, then bchfs_fcollapse_finsert writes back and       *)
(* truncates the page cache and shifts the extents) the block side.        *)
(* Locks are ordered by mapping address; here A < B < C.                  *)
(*                                                                         *)
(* Expected: no deadlock; page cache consistent and coherent; every        *)
(* syscall returns.                                                        *)
(*                                                                         *)
(* Mutations: NoSigbus (a fault on the mapping the task blocks waits for   *)
(* add), RetryNoInvalidate (after dropped locks, retry without             *)
(* invalidating again), SigbusRetries (the same-mapping SIGBUS is treated  *)
(* as "dropped locks": retry), CollapseNoLock, ReadNoLock, ReadNoDirty,    *)
(* WritebackNoWrite (see DioBase).                                         *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "NoSigbus", "RetryNoInvalidate", "SigbusRetries",
                     "CollapseNoLock", "ReadNoLock", "ReadNoDirty",
                     "WritebackNoWrite"}

\* The DIO write of f starts: inode_dio_begin, pagecache_block_get(f) (never
\* waits: the add side is never held across steps).
StartDioWrite(t, f, g) ==
    /\ CanBegin(t, "DioWrite", f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ BeginCall(t, "DioWrite", f, g, "Invalidate")
    /\ UNCHANGED memVars

\* Write back and invalidate f's page cache (this also unmaps it).
DioInvalidate(t, f) ==
    /\ pc[t] = "Invalidate"
    /\ call[t].file = f
    /\ WriteBackAndDrop(f)
    /\ Continue(t, "Pin")
    /\ UNCHANGED blockHeld

\* get_user_pages finds the buffer page mapped and pins it; the bio writes it
\* to f's disk; pagecache_block_put(f); the write returns.  (Pinning and the
\* disk write are one step: f has no page while the write holds block(f), so
\* no cached page can tell whether a store to the buffer landed before the
\* pin.)
DioPinSubmit(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ Cached(g)
    /\ disk' = [disk EXCEPT ![f] = cache[g]]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty>>

(* get_user_pages, with current->faults_disabled_mapping = f, finds the
   buffer page of g unmapped and runs bch2_page_fault(g), which decides at
   once (each of the next four steps is "pin faults on g, and the handler
   ..."). *)

\* The DIO write of f is at get_user_pages and the buffer page of g is not
\* mapped.
PinFaults(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ ~Cached(g)

\* g is the mapping whose block side the task holds: refuse the fault
\* (SIGBUS).  (Mutation SigbusRetries: the handler also sets the dropped-
\* locks flag.)
FaultSigbus(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ g = f
    /\ Mutation # "NoSigbus"
    /\ dropped' = [dropped EXCEPT ![t] = Mutation = "SigbusRetries"]
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ Goto(t, "PinFailed")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned,
                   prevLeft, faultFrom>>

\* g ordered after f (lock order kept): take add(g), waiting if needed.
\* (Mutation NoSigbus: also when g is f.)
FaultWaitAdd(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ Before(f, g) \/ (Mutation = "NoSigbus" /\ g = f)
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, dropped, prevLeft>>

\* g ordered before f (lock order violated): add_tryget(g) succeeds; the
\* page is read in and the fault returns.
FaultTrylockAdd(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ Before(g, f)
    /\ blockHeld[g] = {}
    /\ FillPage(g)
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ UNCHANGED <<blockHeld, pc, call, left, pinned, dropped, prevLeft,
                   faultFrom>>

\* add_tryget(g) fails (someone holds block(g)): drop block(f).
FaultDropBlock(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ Before(g, f)
    /\ blockHeld[g] # {}
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ Goto(t, "DropWaitAdd")
    /\ UNCHANGED <<memVars, call, left, pinned, dropped, prevLeft, faultFrom>>

\* add_get(g) (waits until nobody holds block(g)), then add_put(g).
FaultAddGetPut(t, g) ==
    /\ pc[t] = "DropWaitAdd"
    /\ call[t].buf = g
    /\ Blockers(t) = {}
    /\ Continue(t, "Relock")
    /\ UNCHANGED <<memVars, blockHeld>>

\* block_get(fdm) again, set the "dropped locks" flag, refuse the fault.
FaultRelockBlock(t, f) ==
    /\ pc[t] = "Relock"
    /\ fdm[t] = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ dropped' = [dropped EXCEPT ![t] = TRUE]
    /\ Goto(t, "PinFailed")
    /\ UNCHANGED <<disk, cache, dirty, call, left, pinned, fdm, prevLeft,
                   faultFrom>>

\* get_user_pages failed after the fault handler dropped locks: pages may
\* have been added to f meanwhile, so invalidate f again and retry.
\* (Mutation RetryNoInvalidate: retry without invalidating.)
DioRetryAfterDrop(t, f) ==
    /\ pc[t] = "PinFailed"
    /\ call[t].file = f
    /\ dropped[t]
    /\ IF Mutation = "RetryNoInvalidate" THEN UNCHANGED memVars
       ELSE WriteBackAndDrop(f)
    /\ dropped' = [dropped EXCEPT ![t] = FALSE]
    /\ fdm' = [fdm EXCEPT ![t] = NoFile]
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<blockHeld, call, left, pinned, prevLeft, faultFrom>>

\* get_user_pages failed and no lock was dropped: pagecache_block_put(f),
\* the write returns -EFAULT.
DioEfault(t, f) ==
    /\ pc[t] = "PinFailed"
    /\ call[t].file = f
    /\ ~dropped[t]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED memVars

(* The DIO read of f (bch2_read_iter: no pagecache lock, no fdm; the
   write-back of f's dirty pages before it is left to the environment's
   Writeback) into the mmap of g. *)

\* get_user_pages pins the mapped buffer page, the bio reads f's disk into
\* it, the page is dirtied; the read returns.
DioReadIo(t, f, g) ==
    /\ Cached(g)
    /\ \/ EntersAndReturns(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ Returns(t)
    /\ ReadInto(f, g)
    /\ UNCHANGED blockHeld

\* get_user_pages faults on the unmapped page of g (no fdm): the handler
\* waits for add(g).
DioReadFault(t, f, g) ==
    /\ ~Cached(g)
    /\ \/ Enters(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ UNCHANGED <<call, left>>
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, pinned, fdm, dropped, prevLeft>>

ThreadStep(t) ==
    \/ \E f, g \in Files : StartDioWrite(t, f, g)
    \/ \E f \in Files : BufferedRead(t, f)
    \/ \E f \in Files : StartBufferedRead(t, f)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E f \in Files : CollapseLockBlock(t, f)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f, g \in Files : DioPinSubmit(t, f, g)
    \/ \E f, g \in Files : FaultSigbus(t, f, g)
    \/ \E f, g \in Files : FaultWaitAdd(t, f, g)
    \/ \E f, g \in Files : FaultTrylockAdd(t, f, g)
    \/ \E f, g \in Files : FaultDropBlock(t, f, g)
    \/ \E g \in Files : FaultAddGetPut(t, g)
    \/ \E f \in Files : FaultRelockBlock(t, f)
    \/ \E f \in Files : DioRetryAfterDrop(t, f)
    \/ \E f \in Files : DioEfault(t, f)
    \/ \E f, g \in Files : DioReadIo(t, f, g)
    \/ \E f, g \in Files : DioReadFault(t, f, g)
    \/ \E f \in Files : CollapseTruncate(t, f)
    \/ \E f \in Files : CollapseShift(t, f)

Next ==
    \/ \E t \in Threads : ThreadStep(t)
    \/ Environment
    \/ Done

Spec == Init /\ [][Next]_vars

\* The threads alone, without writeback and reclaim (the three-thread models:
\* the environment holds no lock and is not needed to reach a cycle).
ThreadsNext == (\E t \in Threads : ThreadStep(t)) \/ Done
ThreadsSpec == Init /\ [][ThreadsNext]_vars

\* Progress: weak fairness for each thread, none for the environment.
FairSpec == Spec /\ \A t \in Threads : WF_vars(ThreadStep(t))
\* Progress is judged with reclaim switched off: the kernel gives reclaim no
\* fairness, and an adversarial reclaimer that evicts every page a retry loop
\* faulted in starves any nofault-and-retry design.
ProgressNext == Next /\ ~(\E g \in Files : Evict(g))
ProgressSpec ==
    Init /\ [][ProgressNext]_vars /\ \A t \in Threads : WF_vars(ThreadStep(t))

=============================================================================

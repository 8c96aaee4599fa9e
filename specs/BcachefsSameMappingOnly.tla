------------------------ MODULE BcachefsSameMappingOnly ------------------------
(***************************************************************************)
(* bcachefs without lock ordering (the 2019 version, Kent Overstreet's    *)
(* LSF/MM "Bcachefs update" thread): the fault handler refuses a fault on  *)
(* the mapping whose block side the task holds (SIGBUS, the write returns  *)
(* -EFAULT); a fault on any other mapping waits for its add side.  DIO     *)
(* reads, buffered reads, page_mkwrite and collapse as in Bcachefs.        *)
(*                                                                         *)
(* Expected: the AB-BA deadlock between two threads and two files: T1     *)
(* writes A from mmap(B), T2 writes B from mmap(A) (Jan Kara, 2019).      *)
(* The page cache stays consistent.                                        *)
(*                                                                         *)
(* Mutations: CollapseNoLock.                                              *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "CollapseNoLock"}

\* The DIO write of f starts: inode_dio_begin, pagecache_block_get(f).
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
   buffer page of g unmapped and runs the fault handler of g. *)

PinFaults(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ ~Cached(g)

\* g is the mapping whose block side the task holds: refuse the fault.
FaultSigbus(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ g = f
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ Goto(t, "PinFailed")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, dropped,
                   prevLeft, faultFrom>>

\* Any other mapping: take add(g), waiting if needed (no lock ordering).
FaultWaitAdd(t, f, g) ==
    /\ PinFaults(t, f, g)
    /\ g # f
    /\ fdm' = [fdm EXCEPT ![t] = f]
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, dropped, prevLeft>>

\* get_user_pages failed: pagecache_block_put(f), the write returns -EFAULT.
DioEfault(t, f) ==
    /\ pc[t] = "PinFailed"
    /\ call[t].file = f
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED memVars

(* The DIO read of f into the mmap of g, as in Bcachefs: no pagecache lock. *)

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
\* Progress is judged with reclaim switched off (see README.md).
ProgressNext == Next /\ ~(\E g \in Files : Evict(g))
ProgressSpec ==
    Init /\ [][ProgressNext]_vars /\ \A t \in Threads : WF_vars(ThreadStep(t))

=============================================================================

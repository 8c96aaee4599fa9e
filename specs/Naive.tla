-------------------------------- MODULE Naive --------------------------------
(***************************************************************************)
(* Naive: a direct I/O (write or read) holds the block side of its file's *)
(* pagecache lock from before it touches the file's page cache until the  *)
(* disk I/O is done, and pins its buffer with page faults enabled; a fault *)
(* on file g waits for the add side of g.  A collapse holds the block side *)
(* around the truncation and the extent shift.  (This is bcachefs without *)
(* faults_disabled_mapping, and the pre-2021 GFS2 glock / btrfs extent     *)
(* lock, which also covered DIO reads.)                                    *)
(*                                                                         *)
(* Expected: deadlock.  With one thread, a write of A whose buffer is the *)
(* mmap of A waits in its own fault for add(A), which it blocks itself;   *)
(* with two threads and two files, A <- mmap(B) and B <- mmap(A) wait for *)
(* each other (AB-BA).  The page cache stays consistent.                  *)
(*                                                                         *)
(* Mutations: CollapseNoLock (collapse without the block side), ReadNoLock *)
(* (buffered reads without the add side).                                  *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "CollapseNoLock", "ReadNoLock"}

\* The direct I/O of f starts and takes block(f): never waits (the add side
\* is never held across steps).
StartDioWrite(t, f, g) ==
    /\ CanBegin(t, "DioWrite", f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ BeginCall(t, "DioWrite", f, g, "Invalidate")
    /\ UNCHANGED memVars

StartDioRead(t, f, g) ==
    /\ CanBegin(t, "DioRead", f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ BeginCall(t, "DioRead", f, g, "Pin")
    /\ UNCHANGED memVars

\* Write: write back and invalidate f's page cache (this also unmaps it).
DioInvalidate(t, f) ==
    /\ pc[t] = "Invalidate"
    /\ call[t].file = f
    /\ WriteBackAndDrop(f)
    /\ Continue(t, "Pin")
    /\ UNCHANGED blockHeld

\* Read: get_user_pages pins the mapped buffer page, the bio reads f's disk
\* into it, the page is dirtied; block(f) is released, the read returns.
DioReadIo(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t] = [sys |-> "DioRead", file |-> f, buf |-> g]
    /\ Cached(g)
    /\ ReadInto(f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)

\* get_user_pages finds the buffer page unmapped: page fault on g; the
\* handler asks for the add side of g.
DioPinFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

\* get_user_pages finds the buffer page mapped and pins it; the bio writes it
\* to f's disk; block(f) is released; the write returns.  (Pinning and the disk
\* write are one step: f has no page while the write holds block(f), so no
\* cached page can tell whether a store to the buffer landed before the pin.)
DioPinSubmit(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ Cached(g)
    /\ disk' = [disk EXCEPT ![f] = cache[g]]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty>>

ThreadStep(t) ==
    \/ \E f, g \in Files : StartDioWrite(t, f, g)
    \/ \E f, g \in Files : StartDioRead(t, f, g)
    \/ \E f \in Files : BufferedRead(t, f)
    \/ \E f \in Files : StartBufferedRead(t, f)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E f \in Files : CollapseLockBlock(t, f)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f \in Files : DioInvalidate(t, f)
    \/ \E f, g \in Files : DioReadIo(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E f, g \in Files : DioPinSubmit(t, f, g)
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

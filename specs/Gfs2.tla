--------------------------------- MODULE Gfs2 ---------------------------------
(***************************************************************************)
(* GFS2 after b01b2d72da25 ("gfs2: Fix mmap + page fault deadlocks for    *)
(* direct I/O", 2021; fs/gfs2/file.c gfs2_file_direct_write/_read).        *)
(*                                                                         *)
(* A direct I/O (write or read) takes the inode glock in DF mode.  Page    *)
(* faults take it SH (gfs2_fault), page_mkwrite and fallocate EX, buffered *)
(* reads SH; DF and SH/EX exclude each other: DF is the block side here.   *)
(* A state change of the glock to DF runs inode_go_sync and                *)
(* inode_go_inval: the inode's dirty pages are written back and its page   *)
(* cache is truncated -- that is what keeps GFS2's page cache coherent     *)
(* with direct I/O (iomap_dio_rw's own invalidation then finds nothing).   *)
(* The buffer is pinned with page faults DISABLED: a missing page makes    *)
(* get_user_pages fail (IOMAP_DIO_PARTIAL, nothing done); the holder is    *)
(* then demoted -- the glock is dropped --, the buffer is faulted in with  *)
(* no lock held (fault_in_iov_iter_readable / _writeable), and the DIO     *)
(* retakes the glock and retries.  GFS2 has no collapse range: its         *)
(* fallocate punches holes under the EX glock (gfs2_fallocate,             *)
(* __gfs2_punch_hole); the model's Collapse is that.                      *)
(*                                                                         *)
(* Expected: no deadlock, consistent, coherent -- but no progress when the *)
(* buffer is the mmap of the DIO's own file: retaking the glock truncates  *)
(* the page just faulted in, forever (Jan Kara, 25 May 2023: "it will      *)
(* currently livelock in an indefinite retry loop").                       *)
(*                                                                         *)
(* Mutations: FaultsEnabled (pin with page faults enabled while holding    *)
(* the DF glock: the code before b01b2d72da25), CollapseNoLock.            *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "FaultsEnabled", "CollapseNoLock"}

\* Take the DF glock of f: the transition to DF writes back and truncates f's
\* page cache (nobody else can add pages while a DF holder exists).  Never
\* waits: SH holders (faults, reads) hold it only inside one step.
TakeDF(t, f) ==
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ WriteBackAndDrop(f)

\* The direct I/O of f starts and takes the DF glock.
StartDioWrite(t, f, g) ==
    /\ CanBegin(t, "DioWrite", f, g)
    /\ TakeDF(t, f)
    /\ BeginCall(t, "DioWrite", f, g, "Pin")

StartDioRead(t, f, g) ==
    /\ CanBegin(t, "DioRead", f, g)
    /\ TakeDF(t, f)
    /\ BeginCall(t, "DioRead", f, g, "Pin")

\* get_user_pages finds the buffer page mapped and pins it; the bio writes it
\* to f's disk; the glock is released; the write returns.  (Pinning and the disk
\* write are one step: f has no page while the write holds block(f), so no
\* cached page can tell whether a store to the buffer landed before the pin.)
DioPinSubmit(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ Cached(g)
    /\ disk' = [disk EXCEPT ![f] = cache[g]]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty>>

\* Read: get_user_pages pins the mapped buffer page, the bio reads f's disk
\* into it, the page is dirtied; the glock is released, the read returns.
DioReadIo(t, f, g) ==
    /\ At(t, "DioRead", f, g, "Pin")
    /\ Cached(g)
    /\ ReadInto(f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)

\* Page faults are disabled: get_user_pages fails on the unmapped buffer
\* page; gfs2_holder_allow_demote: the holder is dequeued (modelled as always
\* dropped, the worst case); fault_in_iov_iter_* faults on g (gfs2_fault asks
\* for the SH glock of g).
DioPinNoFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ Mutation # "FaultsEnabled"
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ EntersFault(t, "FaultIn")
    /\ UNCHANGED <<memVars, call, left, pinned, fdm, dropped, prevLeft>>

\* (Mutation FaultsEnabled) get_user_pages faults on g while the task holds
\* the DF glock of f: gfs2_fault asks for the SH glock of g.
DioPinFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ Mutation = "FaultsEnabled"
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

\* fault_in_iov_iter_*: the buffer page is not mapped: page fault on g
\* (gfs2_fault asks for the SH glock of g).
DioFaultInFault(t, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "FaultIn")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

\* fault_in_iov_iter_* found the buffer page mapped: retake the DF glock
\* (which truncates f's page cache again) and retry.
DioRelockGlock(t, f, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ Cached(g)
    /\ TakeDF(t, f)
    /\ Continue(t, "Pin")

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
    \/ \E f, g \in Files : DioPinSubmit(t, f, g)
    \/ \E f, g \in Files : DioReadIo(t, f, g)
    \/ \E f, g \in Files : DioPinNoFault(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E g \in Files : DioFaultInFault(t, g)
    \/ \E f, g \in Files : DioRelockGlock(t, f, g)
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

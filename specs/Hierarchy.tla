------------------------------ MODULE Hierarchy ------------------------------
(***************************************************************************)
(* The XFS/ext4 arrangement ("fix the locking hierarchy", Christoph        *)
(* Hellwig): mapping->invalidate_lock (XFS MMAPLOCK) is taken shared by    *)
(* page-cache fills (filemap_fault, filemap_read, readahead) and by        *)
(* page_mkwrite, exclusive by truncate/punch/collapse                      *)
(* (Documentation/filesystems/locking.rst; 730633f0b7f9 "mm: Protect       *)
(* operations adding pages to page cache with invalidate_lock";            *)
(* xfs_file_fallocate takes XFS_IOLOCK_EXCL | XFS_MMAPLOCK_EXCL).  A       *)
(* direct I/O holds only i_rwsem, which faults never take.  iomap writes   *)
(* back and invalidates the range before a DIO write and invalidates it    *)
(* again after it (kiocb_invalidate_post_direct_write); that second        *)
(* invalidation fails on a dirty page ("Page cache invalidation failure on *)
(* direct I/O.  Possible data corruption due to collision with buffered    *)
(* I/O!"), and the page stays.  A DIO read writes back dirty pages (left   *)
(* to the environment here) and invalidates nothing.                       *)
(*                                                                         *)
(* Expected: no deadlock; page cache NOT coherent (a fault can read the    *)
(* old data after the first invalidation) and NOT consistent (the second   *)
(* invalidation cannot drop a page dirtied through mmap meanwhile, whose   *)
(* clean cell keeps the old data).                                         *)
(*                                                                         *)
(* Mutation: DioHoldsInvalidateLock (the DIO write holds invalidate_lock   *)
(* exclusive from before its invalidation to its end -- making DIO "use   *)
(* the same locking" as collapse).                                         *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "DioHoldsInvalidateLock"}

\* (Mutation DioHoldsInvalidateLock) The DIO write of f starts and takes
\* invalidate_lock of f exclusive.
StartDioWrite(t, f, g) ==
    /\ Mutation = "DioHoldsInvalidateLock"
    /\ CanBegin(t, "DioWrite", f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ BeginCall(t, "DioWrite", f, g, "Invalidate")
    /\ UNCHANGED memVars

\* iomap: write back and invalidate f's page cache (the DIO write of f from
\* the mmap of g starts here, i_rwsem shared).
DioInvalidate(t, f, g) ==
    /\ \/ Mutation # "DioHoldsInvalidateLock" /\ Enters(t, "DioWrite", f, g)
       \/ At(t, "DioWrite", f, g, "Invalidate") /\ UNCHANGED <<call, left>>
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<blockHeld, pinned, fdm, dropped, prevLeft, faultFrom>>

\* get_user_pages finds the buffer page mapped: pinned.
DioPin(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ Cached(g)
    /\ pinned' = [pinned EXCEPT ![t] = cache[g]]
    /\ Goto(t, "Submit")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, fdm, dropped,
                   prevLeft, faultFrom>>

\* get_user_pages finds the buffer page unmapped: page fault on g; the
\* handler takes invalidate_lock of g shared (waits only while a collapse
\* holds it exclusive).
DioPinFault(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ ~Cached(g)
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

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
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<disk, dirty>>

(* The DIO read of f into the mmap of g: i_rwsem shared, no invalidation,
   faults allowed. *)

\* get_user_pages pins the mapped buffer page, the bio reads f's disk into
\* it, the page is dirtied; the read returns.
DioReadIo(t, f, g) ==
    /\ Cached(g)
    /\ \/ EntersAndReturns(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ Returns(t)
    /\ ReadInto(f, g)
    /\ UNCHANGED blockHeld

\* get_user_pages faults on the unmapped page of g: invalidate_lock of g
\* shared.
DioReadFault(t, f, g) ==
    /\ ~Cached(g)
    /\ \/ Enters(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ UNCHANGED <<call, left>>
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, pinned, fdm, dropped, prevLeft>>

ThreadStep(t) ==
    \/ \E f, g \in Files : StartDioWrite(t, f, g)
    \/ \E f, g \in Files : DioInvalidate(t, f, g)
    \/ \E f \in Files : BufferedRead(t, f)
    \/ \E f \in Files : StartBufferedRead(t, f)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E f \in Files : CollapseLockBlock(t, f)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E f \in Files : DioSubmit(t, f)
    \/ \E f \in Files : DioPostInvalidate(t, f)
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

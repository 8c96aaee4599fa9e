-------------------------------- MODULE Btrfs --------------------------------
(***************************************************************************)
(* btrfs after 51bd9563b678 ("btrfs: fix deadlock due to page faults      *)
(* during direct IO reads and writes", 2021; fs/btrfs/direct-io.c          *)
(* btrfs_direct_write / btrfs_direct_read).                                *)
(*                                                                         *)
(* The block side is the extent-range lock (with the ordered extent of a   *)
(* write): readahead from a fault or a buffered read, and page_mkwrite,    *)
(* lock the range and wait for it.  Page faults are DISABLED while a DIO   *)
(* holds it.                                                               *)
(* DIO write, each attempt (__iomap_dio_rw): write back and invalidate the *)
(* range, lock the extent range -- unless a page appeared in the range     *)
(* since the invalidation: lock_extent_direct backs off with -ENOTBLK and  *)
(* the write falls back to buffered I/O --, pin the buffer.  If            *)
(* get_user_pages fails the extent lock is released; if the previous       *)
(* attempt failed with as much left (prev_left), the rest is written as    *)
(* buffered I/O; otherwise the buffer is faulted in (only i_rwsem held,    *)
(* which faults never take) and the DIO retries.                           *)
(* DIO read, each attempt: lock the extent range, pin the buffer (faults   *)
(* disabled); on failure unlock, and either fault the buffer in            *)
(* (fault_in_iov_iter_writeable) and retry or, with no progress since the  *)
(* previous attempt, return and let btrfs_file_read_iter finish with a     *)
(* buffered read (filemap_read) into the buffer.                           *)
(* btrfs has no collapse range: its fallocate punches holes                *)
(* (btrfs_punch_hole_lock_range: truncate the page cache, lock the extent  *)
(* range, and start over if a page appeared meanwhile); the model's        *)
(* Collapse is that.                                                       *)
(*                                                                         *)
(* Expected: no deadlock, consistent, coherent, and progress.              *)
(*                                                                         *)
(* Mutations: FaultsEnabled (pin with faults enabled under the extent      *)
(* lock: the code before 51bd9563b678, generic/647), NoFallback (always    *)
(* fault in and retry, never fall back to buffered I/O), NoExtentRecheck   *)
(* (lock the extent range without looking for a page that raced in),      *)
(* CollapseNoLock (punch without the extent lock).                         *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation \in {"none", "FaultsEnabled", "NoFallback", "NoExtentRecheck",
                     "CollapseNoLock"}

(* The DIO write of f from the mmap of g. *)

\* __iomap_dio_rw writes back and invalidates f's page cache (the write starts
\* here, or retries once fault_in_iov_iter_readable has the buffer page
\* mapped).
DioInvalidate(t, f, g) ==
    /\ \/ Enters(t, "DioWrite", f, g)
       \/ At(t, "DioWrite", f, g, "FaultIn") /\ Cached(g) /\ UNCHANGED <<call, left>>
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "LockExtent")
    /\ UNCHANGED <<blockHeld, pinned, fdm, dropped, prevLeft, faultFrom>>

\* Lock the extent range and create the ordered extent; no page of f was
\* added since the invalidation.  (Mutation NoExtentRecheck: not checked.)
DioLockExtent(t, f) ==
    /\ pc[t] = "LockExtent"
    /\ call[t].sys = "DioWrite"
    /\ call[t].file = f
    /\ ~Cached(f) \/ Mutation = "NoExtentRecheck"
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Continue(t, "Pin")
    /\ UNCHANGED memVars

\* lock_extent_direct finds a page of f that raced in after the
\* invalidation: unlock, -ENOTBLK, buffered fallback.
DioLockExtentRace(t, f) ==
    /\ pc[t] = "LockExtent"
    /\ call[t].sys = "DioWrite"
    /\ call[t].file = f
    /\ Cached(f)
    /\ Mutation # "NoExtentRecheck"
    /\ Continue(t, "Fallback")
    /\ UNCHANGED <<memVars, blockHeld>>

\* get_user_pages finds the buffer page mapped and pins it; the bio writes it
\* to f's disk; the ordered extent completes and the extent lock is released;
\* the write returns.  (Pinning and the disk write are one step: f has no
\* page while the write holds the extent lock, so no cached page can tell
\* whether a store to the buffer landed before the pin.)
DioPinSubmit(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ Cached(g)
    /\ disk' = [disk EXCEPT ![f] = cache[g]]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty>>

\* Page faults are disabled: get_user_pages fails on the unmapped page of g;
\* iomap_end releases the extent lock (and the unused ordered extent).  No
\* progress since the previous EFAULT (left == prev_left): fall back to
\* buffered I/O.  Else fault the buffer in (fault_in_iov_iter_*: the page of
\* g is not mapped, so this faults on g) and then retry.  (Mutation
\* NoFallback: always fault in and retry.)
DioPinNoFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ Mutation # "FaultsEnabled"
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ IF prevLeft[t] = 1 /\ Mutation # "NoFallback"
          THEN /\ Goto(t, IF call[t].sys = "DioWrite" THEN "Fallback"
                          ELSE "ReadFallback")
               /\ UNCHANGED <<prevLeft, faultFrom>>
          ELSE /\ EntersFault(t, "FaultIn")
               /\ prevLeft' = [prevLeft EXCEPT ![t] = 1]
    /\ UNCHANGED <<memVars, call, left, pinned, fdm, dropped>>

\* (Mutation FaultsEnabled) get_user_pages faults on g while the task holds
\* the extent lock of f: the fault's readahead waits for the extent lock of g.
DioPinFault(t, f, g) ==
    /\ pc[t] = "Pin"
    /\ call[t].file = f
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ Mutation = "FaultsEnabled"
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

\* fault_in_iov_iter_*: the buffer page is not mapped: page fault on g.
DioFaultInFault(t, g) ==
    /\ pc[t] = "FaultIn"
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "FaultIn")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

\* Buffered write fallback: copy the buffer into f's page cache (this locks
\* f's range, waiting for another DIO's extent lock / ordered extent), then
\* write the range back and invalidate it; the write returns.
DioBufferedWrite(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Fallback")
    /\ Cached(g)
    /\ Blockers(t) = {}
    /\ disk' = [disk EXCEPT ![f] = cache[g]]
    /\ cache' = [cache EXCEPT ![f] = NoPage]
    /\ dirty' = [dirty EXCEPT ![f] = {}]
    /\ Returns(t)
    /\ UNCHANGED blockHeld

\* The buffered copy faults on the unmapped buffer page g.
DioBufferedWriteFault(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Fallback")
    /\ ~Cached(g)
    /\ EntersFault(t, "Fallback")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

(* The DIO read of f into the mmap of g (the write-back of f's dirty pages
   before each attempt is left to the environment's Writeback). *)

\* Lock the extent range of f (the read starts here, or retries once
\* fault_in_iov_iter_writeable has the buffer page mapped).
DioReadLockExtent(t, f, g) ==
    /\ \/ Enters(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "FaultIn") /\ Cached(g) /\ UNCHANGED <<call, left>>
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Goto(t, "Pin")
    /\ UNCHANGED <<memVars, pinned, fdm, dropped, prevLeft, faultFrom>>

\* get_user_pages pins the mapped buffer page, the bio reads f's disk into
\* it, the page is dirtied; the extent lock is released, the read returns.
DioReadIo(t, f, g) ==
    /\ At(t, "DioRead", f, g, "Pin")
    /\ Cached(g)
    /\ ReadInto(f, g)
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)

\* Buffered read of the rest (filemap_read of f, readahead under f's extent
\* lock) copied to the mapped buffer page of g (page_mkwrite under g's
\* extent lock): f's page is read in if needed, g's page gets the data and
\* is dirty; the read returns.
DioReadFallback(t, f, g) ==
    /\ At(t, "DioRead", f, g, "ReadFallback")
    /\ Cached(g)
    /\ Blockers(t) = {}
    /\ LET data == IF Cached(f) THEN cache[f] ELSE disk[f]
       IN  cache' = [cache EXCEPT ![f] = data, ![g] = data]
    /\ dirty' = [dirty EXCEPT ![g] = Cells]
    /\ Returns(t)
    /\ UNCHANGED <<disk, blockHeld>>

\* The buffered read's copy to the user faults on the unmapped page of g.
DioReadFallbackFault(t, f, g) ==
    /\ At(t, "DioRead", f, g, "ReadFallback")
    /\ ~Cached(g)
    /\ EntersFault(t, "ReadFallback")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

(* Collapse (punch hole) of f: btrfs_punch_hole_lock_range. *)

\* Truncate f's page cache (the punch starts here, or starts over).
PunchTruncate(t, f) ==
    /\ \/ Enters(t, "Collapse", f, NoFile)
       \/ At(t, "Collapse", f, NoFile, "Retruncate") /\ UNCHANGED <<call, left>>
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "LockExtent")
    /\ UNCHANGED <<blockHeld, pinned, fdm, dropped, prevLeft, faultFrom>>

\* Lock the extent range; no page of f appeared since the truncation.
\* (Mutation CollapseNoLock: the range is not locked.)
PunchLockExtent(t, f) ==
    /\ At(t, "Collapse", f, NoFile, "LockExtent")
    /\ ~Cached(f)
    /\ blockHeld' = IF Mutation = "CollapseNoLock" THEN blockHeld
                    ELSE [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ Continue(t, "Shift")
    /\ UNCHANGED memVars

\* A page of f appeared since the truncation: unlock and start over.
PunchLockExtentRace(t, f) ==
    /\ At(t, "Collapse", f, NoFile, "LockExtent")
    /\ Cached(f)
    /\ Continue(t, "Retruncate")
    /\ UNCHANGED <<memVars, blockHeld>>

ThreadStep(t) ==
    \/ \E f, g \in Files : DioInvalidate(t, f, g)
    \/ \E f, g \in Files : DioReadLockExtent(t, f, g)
    \/ \E f \in Files : PunchTruncate(t, f)
    \/ \E f \in Files : BufferedRead(t, f)
    \/ \E f \in Files : StartBufferedRead(t, f)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f \in Files : DioLockExtent(t, f)
    \/ \E f \in Files : DioLockExtentRace(t, f)
    \/ \E f, g \in Files : DioPinSubmit(t, f, g)
    \/ \E f, g \in Files : DioPinNoFault(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E g \in Files : DioFaultInFault(t, g)
    \/ \E f, g \in Files : DioBufferedWrite(t, f, g)
    \/ \E f, g \in Files : DioBufferedWriteFault(t, f, g)
    \/ \E f, g \in Files : DioReadIo(t, f, g)
    \/ \E f, g \in Files : DioReadFallback(t, f, g)
    \/ \E f, g \in Files : DioReadFallbackFault(t, f, g)
    \/ \E f \in Files : PunchLockExtent(t, f)
    \/ \E f \in Files : PunchLockExtentRace(t, f)
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

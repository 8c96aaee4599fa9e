-------------------------------- MODULE NoLock --------------------------------
(***************************************************************************)
(* No lock: nothing keeps pages out of the page cache.  The DIO write      *)
(* invalidates its file's page cache, pins its buffer (faults allowed) and *)
(* writes the disk; nothing invalidates after the write.  The collapse     *)
(* truncates the page cache and shifts the extents with no lock between    *)
(* them.  Faults, buffered reads and page_mkwrite take no lock either.     *)
(* (i_rwsem still serialises a collapse against direct I/O of its file.)   *)
(*                                                                         *)
(* Expected: no deadlock; page cache inconsistent -- through collapse      *)
(* alone: a fill between the truncation and the extent shift caches the    *)
(* pre-collapse data for good (the race drawn in 730633f0b7f9; Kent:       *)
(* "the big one is fcollapse").                                            *)
(***************************************************************************)
EXTENDS DioBase

ASSUME Mutation = "none"

\* Write back and invalidate f's page cache (the DIO write of f from the mmap
\* of g starts here).
DioInvalidate(t, f, g) ==
    /\ Enters(t, "DioWrite", f, g)
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

\* get_user_pages finds the buffer page unmapped: page fault on g (no lock).
DioPinFault(t, f, g) ==
    /\ At(t, "DioWrite", f, g, "Pin")
    /\ ~Cached(g)
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, call, left, pinned, fdm, dropped,
                   prevLeft>>

\* The bio writes the pinned buffer to f's disk; the write returns.
DioSubmit(t, f) ==
    /\ pc[t] = "Submit"
    /\ call[t].file = f
    /\ disk' = [disk EXCEPT ![f] = pinned[t]]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty, blockHeld>>

\* The DIO read of f into the mapped page of g, in one step: pin, read,
\* dirty, return.
DioReadIo(t, f, g) ==
    /\ Cached(g)
    /\ \/ EntersAndReturns(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ Returns(t)
    /\ ReadInto(f, g)
    /\ UNCHANGED blockHeld

\* The DIO read's get_user_pages faults on the unmapped page of g.
DioReadFault(t, f, g) ==
    /\ ~Cached(g)
    /\ \/ Enters(t, "DioRead", f, g)
       \/ At(t, "DioRead", f, g, "Pin") /\ UNCHANGED <<call, left>>
    /\ EntersFault(t, "Pin")
    /\ UNCHANGED <<memVars, blockHeld, pinned, fdm, dropped, prevLeft>>

\* The collapse of f starts (inode_lock, inode_dio_wait) and writes back and
\* truncates f's page cache; no lock keeps pages out afterwards.
StartCollapse(t, f) ==
    /\ Enters(t, "Collapse", f, NoFile)
    /\ WriteBackAndDrop(f)
    /\ Goto(t, "Shift")
    /\ UNCHANGED <<blockHeld, pinned, fdm, dropped, prevLeft, faultFrom>>

ThreadStep(t) ==
    \/ \E f, g \in Files : DioInvalidate(t, f, g)
    \/ \E f \in Files : StartCollapse(t, f)
    \/ \E f \in Files : BufferedRead(t, f)
    \/ \E f \in Files : StartBufferedRead(t, f)
    \/ \E g \in Files : MmapStore(t, g)
    \/ \E g \in Files : StartMmapWrite(t, g)
    \/ \E g \in Files : MmapFault(t, g)
    \/ \E g \in Files : FaultFill(t, g)
    \/ \E f, g \in Files : DioPin(t, f, g)
    \/ \E f, g \in Files : DioPinFault(t, f, g)
    \/ \E f \in Files : DioSubmit(t, f)
    \/ \E f, g \in Files : DioReadIo(t, f, g)
    \/ \E f, g \in Files : DioReadFault(t, f, g)
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

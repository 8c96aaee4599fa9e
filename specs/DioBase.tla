------------------------------- MODULE DioBase -------------------------------
(***************************************************************************)
(* Direct I/O, page faults, collapse range and the lock that stops pages  *)
(* being added to the page cache: what every design shares.               *)
(*                                                                         *)
(* Each design module (Naive, Bcachefs, BcachefsSameMappingOnly, Gfs2,     *)
(* Btrfs, Hierarchy, NoLock) EXTENDS this module and adds its own          *)
(* direct-I/O steps, page-fault handler, collapse steps and Next.          *)
(*                                                                         *)
(* The world: files A < B (< C) with one page each, a page has two cells. *)
(* Data is written as the name of where it comes from: the original bytes *)
(* of file f are the value f, bytes a thread stored through a mapping are  *)
(* the value "M", and the hole a collapse moves into the page is the value *)
(* "0".                                                                    *)
(*                                                                         *)
(* A user thread makes Calls syscalls, each one of (if in Syscalls)        *)
(*   - DioWrite(f, g): O_DIRECT write of file f from a buffer that is the  *)
(*     mmap of file g (g may be f);                                        *)
(*   - DioRead(f, g): O_DIRECT read of file f into a buffer that is the    *)
(*     mmap of file g: the bio fills the pinned page of g, which is then   *)
(*     dirty (bio_set_pages_dirty);                                        *)
(*   - BufferedRead(f): read(2) of f into anonymous memory: a page-cache   *)
(*     fill of f under the add side of f's lock;                           *)
(*   - MmapWrite(g): a store into cell 1 of the mmap of file g;            *)
(*   - Collapse(f): fallocate(FALLOC_FL_COLLAPSE_RANGE) of the range of   *)
(*     f's page: what follows in the file, a hole, moves down into it.    *)
(* The environment writes back dirty pages and reclaims clean ones.        *)
(*                                                                         *)
(* Abstractions (see README.md):                                           *)
(*   - one mapping per file shared by all threads: a page is mapped iff    *)
(*     it is in the page cache; invalidation and reclaim unmap it;         *)
(*   - a page-cache fill (look up, read the disk, insert) is one step:     *)
(*     Linux inserts a locked page before reading it and invalidation      *)
(*     waits for the page lock, so a fill behaves as if atomic; the add    *)
(*     side of the pagecache lock is therefore never held across steps     *)
(*     and only appears as the guard "nobody holds the block side";        *)
(*   - a direct-I/O write pins its one-page buffer and writes the data     *)
(*     the page held when it was pinned; a direct-I/O read pins its        *)
(*     buffer page, reads the disk into it and dirties it in one step;     *)
(*   - i_rwsem is modelled only where it matters: a collapse (inode_lock   *)
(*     exclusive, then inode_dio_wait) never overlaps a direct I/O or      *)
(*     another collapse of the same file.  The mmap lock is not modelled.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Sequences, TLC

CONSTANTS
    Threads,    \* user threads (separate processes), e.g. {t1, t2}
    A, B, C,    \* file names; bcachefs orders its locks by mapping address: A < B < C
    Files,      \* the files of the model: {A, B}, or {A, B, C} for three-way cycles
    NoFile,     \* "no file": no syscall, faults_disabled_mapping unset
    Syscalls,   \* the syscalls threads may make, a subset of AllSyscalls
    Calls,      \* syscalls per thread
    Mutation,   \* "none", or a deliberate bug that a property must catch
    TrackData,  \* FALSE: every byte is the same value (for the models that
                \* check only NoDeadlock or SyscallsReturn, see README.md)
    OwnBuffer   \* may a direct I/O's buffer be the mmap of its own file?

\* The threads are interchangeable: models that check only safety may identify
\* states up to a renaming of the threads (SYMMETRY ThreadPerms).
ThreadPerms == Permutations(Threads)

AllSyscalls == {"DioWrite", "DioRead", "BufferedRead", "MmapWrite", "Collapse"}

\* Model values can only be compared for equality: the lock order is given
\* by this sequence.
FileOrder == IF C \in Files THEN <<A, B, C>> ELSE <<A, B>>

Before(f, g) ==     \* f's mapping is ordered before g's
    \E i, j \in 1..Len(FileOrder) : i < j /\ FileOrder[i] = f /\ FileOrder[j] = g

Cells == 1..2       \* one page per file, two cells per page

\* A data value, or the one value "d" when data is not tracked.  No step's
\* enabling condition reads a data value, so data only matters to
\* PagecacheConsistent and PagecacheCoherent.
Val(v) == IF TrackData THEN v ELSE "d"

Zero == Val("0")    \* the bytes of a hole

Stored == Val("M")  \* the bytes a thread stores through a mapping

Data == {Val(f) : f \in Files} \cup {Stored, Zero}

ASSUME /\ Files \in {{A, B}, {A, B, C}}
       /\ Cardinality({A, B, C, NoFile}) = 4
       /\ NoFile \notin Threads
       /\ {A, B, C} \cap Threads = {}
       /\ Syscalls \subseteq AllSyscalls
       /\ Calls \in Nat \ {0}
       /\ TrackData \in BOOLEAN
       /\ OwnBuffer \in BOOLEAN

NoPage == <<>>

NoCall == [sys |-> "none", file |-> NoFile, buf |-> NoFile]

VARIABLES
    disk,       \* disk[f]: the page's cells on disk, <<v1, v2>>
    cache,      \* cache[f]: the cached page's cells, NoPage when f has no page
    dirty,      \* dirty[f]: the dirty cells of f's cached page
    blockHeld,  \* blockHeld[f]: threads holding the lock on f that keeps pages
                \* out of f's page cache (bcachefs pagecache_block, GFS2 DF
                \* or EX glock, btrfs extent lock, invalidate_lock exclusive)
    pc,         \* pc[t]: where thread t is
    call,       \* call[t]: the current syscall [sys, file, buf]: file is the
                \* target, buf the file whose mmap is the user buffer
    left,       \* left[t]: syscalls thread t may still make
    pinned,     \* pinned[t]: the data of a DIO write's pinned page, <<>> if none
    fdm,        \* fdm[t]: current->faults_disabled_mapping (bcachefs), or NoFile
    dropped,    \* dropped[t]: bcachefs "dropped locks" flag (bit 0 of fdm)
    prevLeft,   \* prevLeft[t]: btrfs prev_left, pages left at the previous
                \* EFAULT (0: none yet, 1: the one page)
    faultFrom   \* faultFrom[t]: the pc a page fault returns to, "none" if none

vars == <<disk, cache, dirty, blockHeld, pc, call, left, pinned, fdm, dropped,
          prevLeft, faultFrom>>
memVars == <<disk, cache, dirty>>
taskVars == <<pc, call, left, pinned, fdm, dropped, prevLeft, faultFrom>>

Pcs == {"Idle", "Touch", "Fault", "WaitAdd", "ReadWait", "Invalidate",
        "LockExtent", "Pin", "PinFailed", "DropWaitAdd", "Relock", "FaultIn",
        "Fallback", "ReadFallback", "Submit", "PostInval", "Truncate",
        "Retruncate", "Shift"}

TypeOK ==
    /\ disk \in [Files -> Data \X Data]
    /\ cache \in [Files -> (Data \X Data) \cup {NoPage}]
    /\ dirty \in [Files -> SUBSET Cells]
    /\ \A f \in Files : cache[f] = NoPage => dirty[f] = {}
    /\ blockHeld \in [Files -> SUBSET Threads]
    /\ pc \in [Threads -> Pcs]
    /\ \A t \in Threads : call[t] = NoCall \/ call[t] \in
           [sys : AllSyscalls, file : Files, buf : Files \cup {NoFile}]
    /\ left \in [Threads -> 0..Calls]
    /\ pinned \in [Threads -> (Data \X Data) \cup {<<>>}]
    /\ fdm \in [Threads -> Files \cup {NoFile}]
    /\ dropped \in [Threads -> BOOLEAN]
    /\ prevLeft \in [Threads -> {0, 1}]
    /\ faultFrom \in [Threads -> {"none", "Touch", "Pin", "FaultIn", "Fallback",
                                  "ReadFallback"}]

-----------------------------------------------------------------------------
(* Initial state: nothing cached, every thread idle with Calls syscalls.   *)

Init ==
    /\ disk = [f \in Files |-> <<Val(f), Val(f)>>]
    /\ cache = [f \in Files |-> NoPage]
    /\ dirty = [f \in Files |-> {}]
    /\ blockHeld = [f \in Files |-> {}]
    /\ pc = [t \in Threads |-> "Idle"]
    /\ call = [t \in Threads |-> NoCall]
    /\ left = [t \in Threads |-> Calls]
    /\ pinned = [t \in Threads |-> <<>>]
    /\ fdm = [t \in Threads |-> NoFile]
    /\ dropped = [t \in Threads |-> FALSE]
    /\ prevLeft = [t \in Threads |-> 0]
    /\ faultFrom = [t \in Threads |-> "none"]

-----------------------------------------------------------------------------
(* Who waits for whom.  Wants(t) is the lock thread t asks for at its      *)
(* current step, as <<side, file>>: only the add side is ever waited for   *)
(* (see "fills are atomic" above).  Every step that takes a lock after     *)
(* waiting for it has the guard Blockers(t) = {}, and the waits-for        *)
(* relation of NoDeadlock is built from the same Blockers, so the two      *)
(* cannot drift apart.  (A syscall that gets its lock at once, without     *)
(* waiting, starts and takes it in one step, guarded by blockHeld = {}.)   *)

Cached(g) == cache[g] # NoPage

Wants(t) ==
    LET f == call[t].file
        g == call[t].buf
    IN  CASE pc[t] \in {"WaitAdd", "DropWaitAdd"} -> {<<"add", g>>}
                 \* the page fault handler of g: the add side of g
          [] pc[t] = "ReadWait" -> {<<"add", f>>}
                 \* buffered read: the add side of f around the page-cache fill
          [] pc[t] = "Touch" /\ Cached(g) -> {<<"add", g>>}
                 \* page_mkwrite of g (bcachefs add, invalidate_lock shared,
                 \* GFS2 EX glock, btrfs extent lock)
          [] pc[t] = "Fallback" /\ Cached(g) -> {<<"add", f>>}
                 \* btrfs buffered-write fallback: locks f's range
          [] pc[t] = "ReadFallback" /\ Cached(g) -> {<<"add", f>>, <<"add", g>>}
                 \* btrfs buffered-read fallback: readahead of f, then the
                 \* copy to the user page of g (page_mkwrite)
          [] OTHER -> {}

\* The threads holding a lock that thread t asks for.
Blockers(t) ==
    UNION {blockHeld[w[2]] : w \in Wants(t)}

\* No thread waits for a lock it holds itself, and no cycle of threads each
\* waiting for a lock the next one holds.  (A set S of blocked threads each
\* blocked by a thread of S contains such a cycle, and a cycle is such an S.)
NoDeadlock ==
    LET bl == [t \in Threads |-> Blockers(t)]
        Blocked == {t \in Threads : bl[t] # {}}
    IN  \A S \in SUBSET Blocked : S = {} \/ \E t \in S : bl[t] \cap S = {}

\* For trace displays (not used by any model): the locks thread t holds and
\* the locks it is blocked on.  "block(f)" is the side of f's lock that keeps
\* pages out of f's page cache, "add(f)" the side that adds them.
LaneView(t) ==
    LET Name(side, f) == side \o "(" \o ToString(f) \o ")"
    IN  [holds |-> {Name("block", f) : f \in {x \in Files : t \in blockHeld[x]}},
         waits |-> {Name(w[1], w[2]) : w \in {x \in Wants(t) : blockHeld[x[2]] # {}}}]

(* Page cache against disk.  A DIO write is "in flight" on f from its      *)
(* first invalidation of f's page cache to its return, a collapse from its *)
(* first truncation of f's page cache to its return.                       *)

CleanCellsMatch(f) ==
    \A c \in DOMAIN cache[f] : c \notin dirty[f] => cache[f][c] = disk[f][c]

WriteNotStartedPcs == {"Idle", "Invalidate"}   \* before the invalidation
CollapseNotStartedPcs == {"Idle", "Truncate"}  \* before the truncation

InFlight(f) ==
    \E t \in Threads :
        /\ call[t].file = f
        /\ \/ call[t].sys = "DioWrite" /\ pc[t] \notin WriteNotStartedPcs
           \/ call[t].sys = "Collapse" /\ pc[t] \notin CollapseNotStartedPcs

\* The mission's invariant: outside DIO writes and collapses, clean cached
\* data is the disk's.
PagecacheConsistent == \A f \in Files : ~InFlight(f) => CleanCellsMatch(f)

\* Stricter: clean cached data is the disk's at every instant.
PagecacheCoherent == \A f \in Files : CleanCellsMatch(f)

\* Progress (checked under fairness by the *Progress models): every syscall
\* that starts returns.
SyscallsReturn == \A t \in Threads : [](pc[t] # "Idle" => <>(pc[t] = "Idle"))

-----------------------------------------------------------------------------
(* Building blocks of steps (not steps themselves).                       *)

\* The disk after writing back the dirty cells of f's page.
WrittenBack(f) ==
    LET Cell(c) == IF c \in dirty[f] THEN cache[f][c] ELSE disk[f][c]
    IN  <<Cell(1), Cell(2)>>

\* Write back f's dirty cells and drop f's page (filemap_write_and_wait_range,
\* then invalidate_inode_pages2_range or truncate_pagecache_range).
WriteBackAndDrop(f) ==
    /\ disk' = [disk EXCEPT ![f] = IF Cached(f) THEN WrittenBack(f) ELSE @]
    /\ cache' = [cache EXCEPT ![f] = NoPage]
    /\ dirty' = [dirty EXCEPT ![f] = {}]

\* A page-cache fill of g (read g's disk into a new page), if g has no page.
FillPage(g) ==
    /\ cache' = IF Cached(g) THEN cache ELSE [cache EXCEPT ![g] = disk[g]]
    /\ UNCHANGED <<disk, dirty>>

\* The bio of a DIO read of f lands in the pinned page of g, which is dirtied.
\* (Mutation ReadNoDirty: the page is not marked dirty.)
ReadInto(f, g) ==
    /\ cache' = [cache EXCEPT ![g] = disk[f]]
    /\ dirty' = IF Mutation = "ReadNoDirty" THEN dirty
                ELSE [dirty EXCEPT ![g] = Cells]
    /\ UNCHANGED disk

\* Another thread has a syscall of a kind in kinds on file f.
OtherCallOn(t, f, kinds) ==
    \E u \in Threads \ {t} : call[u].file = f /\ call[u].sys \in kinds

\* Thread t may start syscall sys on file f with buffer g.  i_rwsem: a direct
\* I/O waits while a collapse of f holds inode_lock exclusive; a collapse
\* waits for every direct I/O of f (inode_dio_wait) and every other collapse
\* of f.
CanBegin(t, sys, f, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ sys \in Syscalls
    /\ (sys \in {"DioWrite", "DioRead"} /\ g = f) => OwnBuffer
    /\ sys \in {"DioWrite", "DioRead"} => ~OtherCallOn(t, f, {"Collapse"})
    /\ sys = "Collapse" => ~OtherCallOn(t, f, {"DioWrite", "DioRead", "Collapse"})

\* Thread t enters syscall sys on file f with buffer g (NoFile: none) and
\* goes on at pc first.  Changes pc, call, left.
BeginCall(t, sys, f, g, first) ==
    /\ pc' = [pc EXCEPT ![t] = first]
    /\ call' = [call EXCEPT ![t] = [sys |-> sys, file |-> f, buf |-> g]]
    /\ left' = [left EXCEPT ![t] = @ - 1]
    /\ UNCHANGED <<pinned, fdm, dropped, prevLeft, faultFrom>>

\* Thread t enters syscall sys(f, g) in this step: changes call, left.
Enters(t, sys, f, g) ==
    /\ CanBegin(t, sys, f, g)
    /\ call' = [call EXCEPT ![t] = [sys |-> sys, file |-> f, buf |-> g]]
    /\ left' = [left EXCEPT ![t] = @ - 1]

\* Thread t is at pc p of syscall sys(f, g).
At(t, sys, f, g, p) ==
    /\ pc[t] = p
    /\ call[t] = [sys |-> sys, file |-> f, buf |-> g]

\* Thread t makes syscall sys(f, g), which completes in this one step.
EntersAndReturns(t, sys, f, g) ==
    /\ CanBegin(t, sys, f, g)
    /\ left' = [left EXCEPT ![t] = @ - 1]
    /\ UNCHANGED <<pc, call, pinned, fdm, dropped, prevLeft, faultFrom>>

\* The syscall of thread t returns: its per-call state is reset.
Returns(t) ==
    /\ pc' = [pc EXCEPT ![t] = "Idle"]
    /\ call' = [call EXCEPT ![t] = NoCall]
    /\ pinned' = [pinned EXCEPT ![t] = <<>>]
    /\ fdm' = [fdm EXCEPT ![t] = NoFile]
    /\ dropped' = [dropped EXCEPT ![t] = FALSE]
    /\ prevLeft' = [prevLeft EXCEPT ![t] = 0]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = "none"]
    /\ UNCHANGED left

Goto(t, p) == pc' = [pc EXCEPT ![t] = p]

\* Thread t goes on at pc p ("Idle": the syscall returns); only pc changes
\* otherwise.
Continue(t, p) ==
    IF p = "Idle" THEN Returns(t)
    ELSE /\ Goto(t, p)
         /\ UNCHANGED <<call, left, pinned, fdm, dropped, prevLeft, faultFrom>>

\* As Continue, for a step that also enters the syscall (call, left change).
EntersThen(t, p) ==
    /\ Goto(t, p)
    /\ UNCHANGED <<pinned, fdm, dropped, prevLeft, faultFrom>>

\* Thread t takes a page fault and the handler asks for the add side of the
\* faulting mapping (pc "WaitAdd"); the fault returns to pc from.
EntersFault(t, from) ==
    /\ pc' = [pc EXCEPT ![t] = "WaitAdd"]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = from]

\* Thread t takes a page fault and enters a handler that first decides what
\* to do (pc "Fault": bcachefs, faults_disabled_mapping set).
EntersFaultHandler(t, from) ==
    /\ pc' = [pc EXCEPT ![t] = "Fault"]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = from]

\* The fault handler of thread t returns to the code that faulted.
FaultReturns(t) ==
    /\ pc' = [pc EXCEPT ![t] = faultFrom[t]]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = "none"]

-----------------------------------------------------------------------------
(* Steps shared by all designs: stores through a mapping, buffered reads, *)
(* the end of a page fault, the generic collapse steps, the environment.  *)

(* A store through the mmap of g is one step when the page is mapped and
   page_mkwrite gets the add side of g at once; otherwise the thread faults
   (MmapFault) or waits in page_mkwrite (StartMmapWrite, pc "Touch"). *)

\* The store hits the mapped page of g; page_mkwrite takes the add side of g
\* (nobody holds the block side).
MmapStore(t, g) ==
    /\ Cached(g)
    /\ \/ EntersAndReturns(t, "MmapWrite", g, g) /\ blockHeld[g] = {}
       \/ At(t, "MmapWrite", g, g, "Touch") /\ Blockers(t) = {} /\ Returns(t)
    /\ cache' = [cache EXCEPT ![g][1] = Stored]
    /\ dirty' = [dirty EXCEPT ![g] = @ \cup {1}]
    /\ UNCHANGED <<disk, blockHeld>>

\* The store hits the mapped page of g, and page_mkwrite waits for the add
\* side of g (someone holds the block side).
StartMmapWrite(t, g) ==
    /\ Cached(g)
    /\ blockHeld[g] # {}
    /\ Enters(t, "MmapWrite", g, g)
    /\ EntersThen(t, "Touch")
    /\ UNCHANGED <<memVars, blockHeld>>

\* The store finds no page of g mapped: page fault on g; the handler asks for
\* the add side of g.
MmapFault(t, g) ==
    /\ ~Cached(g)
    /\ \/ Enters(t, "MmapWrite", g, g)
       \/ At(t, "MmapWrite", g, g, "Touch") /\ UNCHANGED <<call, left>>
    /\ EntersFault(t, "Touch")
    /\ UNCHANGED <<memVars, blockHeld, pinned, fdm, dropped, prevLeft>>

(* A buffered read of f (filemap_read under the add side of f) is one step
   when the add side is free; otherwise the reader waits (pc "ReadWait"). *)

\* The add side of f is free (Mutation ReadNoLock: not taken).
ReadAddFree(f) == blockHeld[f] = {} \/ Mutation = "ReadNoLock"

\* filemap_read reads f's page in if it is not cached; the read returns.
BufferedRead(t, f) ==
    /\ \/ EntersAndReturns(t, "BufferedRead", f, NoFile) /\ ReadAddFree(f)
       \/ At(t, "BufferedRead", f, NoFile, "ReadWait") /\ Blockers(t) = {}
          /\ Returns(t)
    /\ FillPage(f)
    /\ UNCHANGED blockHeld

\* The buffered read of f waits for the add side of f.
StartBufferedRead(t, f) ==
    /\ ~ReadAddFree(f)
    /\ Enters(t, "BufferedRead", f, NoFile)
    /\ EntersThen(t, "ReadWait")
    /\ UNCHANGED <<memVars, blockHeld>>

\* The fault handler got the add side of g (nobody holds the block side):
\* filemap_fault reads g's page in, the add side is released, the fault
\* returns.
FaultFill(t, g) ==
    /\ pc[t] = "WaitAdd"
    /\ call[t].buf = g
    /\ Blockers(t) = {}
    /\ FillPage(g)
    /\ FaultReturns(t)
    /\ UNCHANGED <<blockHeld, call, left, pinned, fdm, dropped, prevLeft>>

\* Collapse of f starts (inode_lock, inode_dio_wait) and takes the block side
\* of f (bcachefs pagecache_block_get, invalidate_lock exclusive, GFS2 EX
\* glock); this never waits: the add side is never held across steps.
\* (Mutation CollapseNoLock: the block side is not taken.)
CollapseLockBlock(t, f) ==
    /\ CanBegin(t, "Collapse", f, NoFile)
    /\ blockHeld' = IF Mutation = "CollapseNoLock" THEN blockHeld
                    ELSE [blockHeld EXCEPT ![f] = @ \cup {t}]
    /\ BeginCall(t, "Collapse", f, NoFile, "Truncate")
    /\ UNCHANGED memVars

\* Collapse writes back and truncates f's page cache.
CollapseTruncate(t, f) ==
    /\ pc[t] = "Truncate"
    /\ call[t] = [sys |-> "Collapse", file |-> f, buf |-> NoFile]
    /\ WriteBackAndDrop(f)
    /\ Continue(t, "Shift")
    /\ UNCHANGED blockHeld

\* Collapse shifts f's extents: what followed the range of f's page in the
\* file, a hole, moves down into it.  It releases its lock and returns.
CollapseShift(t, f) ==
    /\ pc[t] = "Shift"
    /\ call[t] = [sys |-> "Collapse", file |-> f, buf |-> NoFile]
    /\ disk' = [disk EXCEPT ![f] = <<Zero, Zero>>]
    /\ blockHeld' = [blockHeld EXCEPT ![f] = @ \ {t}]
    /\ Returns(t)
    /\ UNCHANGED <<cache, dirty>>

\* Reclaim drops a clean page (and unmaps it).
Evict(g) ==
    /\ Cached(g)
    /\ dirty[g] = {}
    /\ cache' = [cache EXCEPT ![g] = NoPage]
    /\ UNCHANGED <<disk, dirty, blockHeld>>
    /\ UNCHANGED taskVars

\* Writeback of g's dirty cells.  (Mutation WritebackNoWrite: the cells are
\* marked clean but not written.)
Writeback(g) ==
    /\ dirty[g] # {}
    /\ disk' = IF Mutation = "WritebackNoWrite" THEN disk
               ELSE [disk EXCEPT ![g] = WrittenBack(g)]
    /\ dirty' = [dirty EXCEPT ![g] = {}]
    /\ UNCHANGED <<cache, blockHeld>>
    /\ UNCHANGED taskVars

\* Every syscall has returned: the run is over (stutter, not a deadlock).
Done ==
    /\ \A t \in Threads : pc[t] = "Idle" /\ left[t] = 0
    /\ UNCHANGED vars

Environment ==
    \/ \E g \in Files : Evict(g)
    \/ \E g \in Files : Writeback(g)

=============================================================================

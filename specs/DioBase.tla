------------------------------- MODULE DioBase -------------------------------
(***************************************************************************)
(* Direct I/O, page faults and the lock that stops pages being added to    *)
(* the page cache: what every design shares.                               *)
(*                                                                         *)
(* Each design module (Naive, Bcachefs, BcachefsSameMappingOnly, Gfs2,     *)
(* Btrfs, Hierarchy, NoLock) EXTENDS this module and adds its own          *)
(* direct-I/O steps and page-fault handler, its Init (how many syscalls    *)
(* each thread makes) and its Next.                                        *)
(*                                                                         *)
(* The world: two files A < B with one page each, a page has two cells.   *)
(* Data is written as the name of who wrote it: the original bytes of      *)
(* file f are the value f, bytes a thread t stored through a mapping are   *)
(* the value t.  A direct-I/O write copies its buffer, the page of a       *)
(* mapped file, to the disk of its target file.                            *)
(*                                                                         *)
(* A user thread makes up to a few syscalls, each one of                   *)
(*   - DioWrite(f, g): O_DIRECT write of file f from a buffer that is the  *)
(*     mmap of file g (g may be f);                                        *)
(*   - MmapWrite(g): a store into cell 1 of the mmap of file g.            *)
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
(*     the page held when it was pinned;                                   *)
(*   - i_rwsem, the mmap lock, collapse range, direct-I/O reads and        *)
(*     buffered reads are not modelled.                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Sequences

CONSTANTS
    Threads,    \* user threads (separate processes), e.g. {t1, t2}
    A, B,       \* the two files; bcachefs orders locks by mapping address: A < B
    NoFile      \* "no file": no syscall, faults_disabled_mapping unset

Files == {A, B}

\* Model values can only be compared for equality: the lock order is given
\* by this sequence.
FileOrder == <<A, B>>

Before(f, g) ==     \* f's mapping is ordered before g's
    \E i, j \in 1..Len(FileOrder) : i < j /\ FileOrder[i] = f /\ FileOrder[j] = g

Cells == 1..2       \* one page per file, two cells per page

Data == Files \cup Threads

ASSUME /\ A # B
       /\ NoFile \notin Files
       /\ NoFile \notin Threads
       /\ Files \cap Threads = {}

NoPage == <<>>

NoCall == [sys |-> "none", file |-> NoFile, buf |-> NoFile]

VARIABLES
    disk,       \* disk[f]: the page's cells on disk, <<v1, v2>>
    cache,      \* cache[f]: the cached page's cells, NoPage when f has no page
    dirty,      \* dirty[f]: the dirty cells of f's cached page
    blockHeld,  \* blockHeld[f]: threads holding the lock on f that keeps pages
                \* out of f's page cache (bcachefs block side, GFS2 DF glock,
                \* btrfs extent lock + ordered extent)
    pc,         \* pc[t]: where thread t is
    call,       \* call[t]: the current syscall [sys, file, buf]: file is the
                \* target, buf the file whose mmap is the user buffer
    left,       \* left[t]: syscalls thread t may still make
    pinned,     \* pinned[t]: the data of the pinned buffer page, <<>> if none
    fdm,        \* fdm[t]: current->faults_disabled_mapping (bcachefs), or NoFile
    dropped,    \* dropped[t]: bcachefs "dropped locks" flag (bit 0 of fdm)
    prevLeft,   \* prevLeft[t]: btrfs prev_left, pages left at the previous
                \* EFAULT (0: none yet, 1: the one page)
    faultFrom   \* faultFrom[t]: the pc a page fault returns to, "none" if none

vars == <<disk, cache, dirty, blockHeld, pc, call, left, pinned, fdm, dropped,
          prevLeft, faultFrom>>
memVars == <<disk, cache, dirty>>
taskVars == <<pc, call, left, pinned, fdm, dropped, prevLeft, faultFrom>>

Pcs == {"Idle", "Touch", "Fault", "WaitAdd",
        "LockBlock", "LockGlock", "LockExtent", "Invalidate", "Reinvalidate",
        "Pin", "PinFailed", "DropWaitAdd", "Relock", "DropGlock", "FaultIn",
        "Fallback", "FallbackSync", "Submit", "PostInval", "Unlock"}

TypeOK ==
    /\ disk \in [Files -> Data \X Data]
    /\ cache \in [Files -> (Data \X Data) \cup {NoPage}]
    /\ dirty \in [Files -> SUBSET Cells]
    /\ \A f \in Files : cache[f] = NoPage => dirty[f] = {}
    /\ blockHeld \in [Files -> SUBSET Threads]
    /\ pc \in [Threads -> Pcs]
    /\ \A t \in Threads : call[t] = NoCall \/ call[t] \in
           [sys : {"DioWrite", "MmapWrite"}, file : Files, buf : Files]
    /\ left \in [Threads -> Nat]
    /\ pinned \in [Threads -> (Data \X Data) \cup {<<>>}]
    /\ fdm \in [Threads -> Files \cup {NoFile}]
    /\ dropped \in [Threads -> BOOLEAN]
    /\ prevLeft \in [Threads -> {0, 1}]
    /\ faultFrom \in [Threads -> {"none", "Touch", "Pin", "FaultIn", "Fallback"}]

-----------------------------------------------------------------------------
(* Initial state: nothing cached, every thread idle with `calls` syscalls. *)

InitWith(calls) ==
    /\ disk = [f \in Files |-> <<f, f>>]
    /\ cache = [f \in Files |-> NoPage]
    /\ dirty = [f \in Files |-> {}]
    /\ blockHeld = [f \in Files |-> {}]
    /\ pc = [t \in Threads |-> "Idle"]
    /\ call = [t \in Threads |-> NoCall]
    /\ left = [t \in Threads |-> calls]
    /\ pinned = [t \in Threads |-> <<>>]
    /\ fdm = [t \in Threads |-> NoFile]
    /\ dropped = [t \in Threads |-> FALSE]
    /\ prevLeft = [t \in Threads |-> 0]
    /\ faultFrom = [t \in Threads |-> "none"]

-----------------------------------------------------------------------------
(* Who blocks whom.  Every step that waits for a lock has the guard        *)
(* Blockers(t) = {}, and the waits-for relation of NoDeadlock is built     *)
(* from the same Blockers, so the two cannot drift apart.  The steps that *)
(* take the block side (DioLockBlock, DioLockGlock, DioLockExtent,         *)
(* FaultRelockBlock, DioRelockGlock) would wait for holders of the add     *)
(* side, but the add side is never held across steps (fills are atomic),   *)
(* so they never wait.                                                     *)

Cached(g) == cache[g] # NoPage

Blockers(t) ==
    LET f == call[t].file
        g == call[t].buf
    IN  CASE pc[t] \in {"WaitAdd", "DropWaitAdd"} -> blockHeld[g]
                 \* the fault handler waits for the add side of g
          [] pc[t] = "Touch" /\ Cached(g) -> blockHeld[g]
                 \* page_mkwrite takes the add side of g (GFS2: EX glock)
          [] pc[t] = "Fallback" /\ Cached(g) -> blockHeld[f]
                 \* btrfs buffered write locks f's range, waits for ordered extents
          [] OTHER -> {}

WaitsFor == {<<t, u>> \in Threads \X Threads : u \in Blockers(t)}

\* Reach[n]: pairs of threads joined by a waits-for path of 1 to n edges.
Reach[n \in 1..Cardinality(Threads)] ==
    IF n = 1 THEN WaitsFor
    ELSE Reach[n - 1] \cup
         {<<t, v>> \in Threads \X Threads :
             \E u \in Threads : <<t, u>> \in Reach[n - 1] /\ <<u, v>> \in WaitsFor}

\* No thread waits for a lock it holds itself, and no cycle of threads each
\* waiting for a lock the next one holds.
NoDeadlock == \A t \in Threads : <<t, t>> \notin Reach[Cardinality(Threads)]

(* Page cache against disk.  A DIO write is "in flight" on f from its      *)
(* first invalidation of f's page cache to its return.                    *)

CleanCellsMatch(f) ==
    \A c \in DOMAIN cache[f] : c \notin dirty[f] => cache[f][c] = disk[f][c]

DioNotStartedPcs == {"Idle", "LockBlock", "LockGlock", "Invalidate"}

InFlight(f) ==
    \E t \in Threads : /\ call[t].sys = "DioWrite"
                       /\ call[t].file = f
                       /\ pc[t] \notin DioNotStartedPcs

\* The mission's invariant: outside DIO writes, clean cached data is the disk's.
PagecacheConsistent == \A f \in Files : ~InFlight(f) => CleanCellsMatch(f)

\* Stricter: clean cached data is the disk's at every instant.
PagecacheCoherent == \A f \in Files : CleanCellsMatch(f)

-----------------------------------------------------------------------------
(* Building blocks of steps (not steps themselves).                       *)

\* The disk after writing back the dirty cells of f's page.
WrittenBack(f) ==
    LET Cell(c) == IF c \in dirty[f] THEN cache[f][c] ELSE disk[f][c]
    IN  <<Cell(1), Cell(2)>>

\* Write back f's dirty cells and drop f's page (invalidate_inode_pages2 after
\* filemap_write_and_wait): changes disk, cache, dirty.
WriteBackAndDrop(f) ==
    /\ disk' = [disk EXCEPT ![f] = IF Cached(f) THEN WrittenBack(f) ELSE @]
    /\ cache' = [cache EXCEPT ![f] = NoPage]
    /\ dirty' = [dirty EXCEPT ![f] = {}]

\* A page-cache fill of g (read g's disk into a new page), if g has no page.
FillPage(g) ==
    /\ cache' = IF Cached(g) THEN cache ELSE [cache EXCEPT ![g] = disk[g]]
    /\ UNCHANGED <<disk, dirty>>

\* Thread t starts syscall c at program counter first.
BeginCall(t, c, first) ==
    /\ pc' = [pc EXCEPT ![t] = first]
    /\ call' = [call EXCEPT ![t] = c]
    /\ left' = [left EXCEPT ![t] = @ - 1]
    /\ UNCHANGED <<pinned, fdm, dropped, prevLeft, faultFrom>>

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

\* Thread t enters the page fault handler; the fault returns to pc from.
EntersFault(t, from) ==
    /\ pc' = [pc EXCEPT ![t] = "Fault"]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = from]

\* The fault handler of thread t returns to the code that faulted.
FaultReturns(t) ==
    /\ pc' = [pc EXCEPT ![t] = faultFrom[t]]
    /\ faultFrom' = [faultFrom EXCEPT ![t] = "none"]

Goto(t, p) == pc' = [pc EXCEPT ![t] = p]

-----------------------------------------------------------------------------
(* Steps shared by all designs: stores through a mapping, the end of a    *)
(* page fault, the environment.                                            *)

StartMmapWrite(t, g) ==
    /\ pc[t] = "Idle"
    /\ left[t] > 0
    /\ BeginCall(t, [sys |-> "MmapWrite", file |-> g, buf |-> g], "Touch")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld>>

\* The store hits a mapped page (page_mkwrite takes the add side: it waits
\* while someone holds the block side of g).
MmapStore(t, g) ==
    /\ pc[t] = "Touch"
    /\ call[t].buf = g
    /\ Cached(g)
    /\ Blockers(t) = {}
    /\ cache' = [cache EXCEPT ![g][1] = t]
    /\ dirty' = [dirty EXCEPT ![g] = @ \cup {1}]
    /\ Returns(t)
    /\ UNCHANGED <<disk, blockHeld>>

\* The store finds no page mapped: page fault on g.
MmapFault(t, g) ==
    /\ pc[t] = "Touch"
    /\ call[t].buf = g
    /\ ~Cached(g)
    /\ EntersFault(t, "Touch")
    /\ UNCHANGED <<disk, cache, dirty, blockHeld, call, left, pinned, fdm,
                   dropped, prevLeft>>

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

\* Reclaim drops a clean page (and unmaps it).
Evict(g) ==
    /\ Cached(g)
    /\ dirty[g] = {}
    /\ cache' = [cache EXCEPT ![g] = NoPage]
    /\ UNCHANGED <<disk, dirty, blockHeld>>
    /\ UNCHANGED taskVars

\* Writeback of g's dirty cells.
Writeback(g) ==
    /\ dirty[g] # {}
    /\ disk' = [disk EXCEPT ![g] = WrittenBack(g)]
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

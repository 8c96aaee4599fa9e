------------------------------ MODULE ThreeJugs ------------------------------
(***************************************************************************)
(* The decanting puzzle.  An 8-liter jug is full of wine; a 5-liter and a  *)
(* 3-liter jug are empty.  The jugs have no markings and there is no other *)
(* vessel, so the only move is to pour one jug into another until the      *)
(* first is empty or the second is full.  Can two friends share the wine   *)
(* fairly: 4 liters in the 8-liter jug and 4 liters in the 5-liter jug?    *)
(*                                                                         *)
(* We claim that the puzzle cannot be solved (the invariant NotSolved).    *)
(* TLC refutes the claim, and because it searches breadth-first, its       *)
(* counterexample is a shortest solution.                                  *)
(***************************************************************************)
EXTENDS Naturals, TLC

Jugs == 1 .. 3
Capacity == <<8, 5, 3>>      \* Capacity[j] is the size of jug j
Share == 4

VARIABLE contents            \* contents[j] is the wine in jug j, in liters

TypeOK == contents \in [Jugs -> 0 .. 8]

Init == contents = (1 :> 8) @@ (2 :> 0) @@ (3 :> 0)

Min(a, b) == IF a < b THEN a ELSE b

\* Pour jug `from` into jug `to` until `from` is empty or `to` is full.
Pour(from, to) ==
    LET amount == Min(contents[from], Capacity[to] - contents[to])
    IN  /\ amount > 0
        /\ contents' = [contents EXCEPT ![from] = @ - amount,
                                        ![to]   = @ + amount]

Next == \E <<from, to>> \in Jugs \X Jugs : from # to /\ Pour(from, to)

Spec == Init /\ [][Next]_contents

\* Pouring never spills: there are always 8 liters.
WineKept == contents[1] + contents[2] + contents[3] = 8

\* The claim TLC refutes.
NotSolved == ~(contents[1] = Share /\ contents[2] = Share)
=============================================================================

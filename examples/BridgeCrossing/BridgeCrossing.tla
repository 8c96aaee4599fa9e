---------------------------- MODULE BridgeCrossing ----------------------------
(***************************************************************************)
(* Four people must cross a narrow bridge at night.  They have one torch,  *)
(* and the bridge holds at most two people, who must carry the torch and  *)
(* walk at the slower one's pace.  Ann needs 1 minute, Bob 2, Cid 5 and    *)
(* Dee 10.  The torch lasts Deadline minutes.  Can everybody cross?        *)
(*                                                                         *)
(* As in ThreeJugs, the invariant NotSolved claims it is impossible and    *)
(* TLC's counterexample is a schedule (with the fewest crossings).         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANT Deadline

People == {"Ann", "Bob", "Cid", "Dee"}

\* A record is a function whose domain is a set of strings.
Minutes == [Ann |-> 1, Bob |-> 2, Cid |-> 5, Dee |-> 10]

VARIABLES near,    \* the people still on the near side
          torch,   \* where the torch is: "near" or "far"
          clock    \* minutes used so far

vars == <<near, torch, clock>>

TypeOK == /\ near \subseteq People
          /\ torch \in {"near", "far"}
          /\ clock \in 0 .. Deadline

Init == /\ near = People
        /\ torch = "near"
        /\ clock = 0

\* The time a group needs: the slowest member's time.
Slowest(group) == CHOOSE t \in {Minutes[p] : p \in group} :
                      \A p \in group : Minutes[p] <= t

\* One or two people cross with the torch, in the direction the torch allows.
Cross(group) ==
    /\ Cardinality(group) \in {1, 2}
    /\ clock + Slowest(group) <= Deadline
    /\ IF torch = "near"
         THEN /\ group \subseteq near
              /\ near' = near \ group
              /\ torch' = "far"
         ELSE /\ group \subseteq People \ near
              /\ near' = near \cup group
              /\ torch' = "near"
    /\ clock' = clock + Slowest(group)

Next == \E group \in SUBSET People : Cross(group)

Spec == Init /\ [][Next]_vars

\* The claim TLC refutes: not everybody gets across in time.
NotSolved == near # {}
=============================================================================

------------------------------ MODULE TokenRing ------------------------------
(***************************************************************************)
(* Dijkstra's self-stabilizing token ring with K-state machines (1974).   *)
(* Node 0 is privileged when its counter equals its predecessor's; any     *)
(* other node is privileged when its counter differs from its              *)
(* predecessor's.  Only a privileged node may move, so a privilege is a    *)
(* token.  We start from the legitimate state (all counters 0) and let a   *)
(* transient fault overwrite a counter, at most MaxFaults times.           *)
(*                                                                         *)
(* The constants N and K and the helpers Nodes, Values, Pred and Inc come  *)
(* from RingBase.tla in this folder.                                       *)
(***************************************************************************)
EXTENDS RingBase, FiniteSets

CONSTANT MaxFaults

VARIABLES c,        \* c[i] is the counter of node i
          faults    \* how many transient faults have happened so far

vars == <<c, faults>>

TypeOK == /\ c \in [Nodes -> Values]
          /\ faults \in 0 .. MaxFaults

Privileged(i) == IF i = 0 THEN c[0] = c[Pred(0)] ELSE c[i] # c[Pred(i)]

Tokens == {i \in Nodes : Privileged(i)}

Init == /\ c = [i \in Nodes |-> 0]
        /\ faults = 0

Move(i) == /\ Privileged(i)
           /\ c' = [c EXCEPT ![i] = CASE i = 0 -> Inc(@)
                                      [] OTHER -> c[Pred(i)]]
           /\ UNCHANGED faults

\* The environment corrupts the counter of node i to v.
Fault(i, v) == /\ faults < MaxFaults
               /\ v # c[i]
               /\ c' = [c EXCEPT ![i] = v]
               /\ faults' = faults + 1

Next == \/ \E i \in Nodes : Move(i)
        \/ \E i \in Nodes, v \in Values : Fault(i, v)

Spec == Init /\ [][Next]_vars

\* Some node always holds a token, even right after a fault.
SomeToken == Tokens # {}

\* Without faults there is exactly one token.
OneTokenWithoutFaults == faults = 0 => Cardinality(Tokens) = 1
=============================================================================

------------------------------ MODULE RingBase ------------------------------
(***************************************************************************)
(* Constants and helpers for a unidirectional ring of N nodes numbered     *)
(* 0 .. N-1, each holding a counter modulo K.  TokenRing.tla EXTENDS this  *)
(* module: it sees every declaration and definition below as its own.      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS N,    \* the number of nodes
          K     \* counters take the values 0 .. K-1

ASSUME /\ N \in Nat /\ N >= 2
       /\ K \in Nat /\ K >= N

Nodes  == 0 .. N - 1
Values == 0 .. K - 1

\* Node i watches the counter of its predecessor Pred(i).
Pred(i) == IF i = 0 THEN N - 1 ELSE i - 1

\* Counters wrap around.
Inc(v) == (v + 1) % K
=============================================================================

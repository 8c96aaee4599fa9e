------------------------- MODULE DiningPhilosophers -------------------------
(***************************************************************************)
(* N philosophers sit around a table, with one fork between each pair of   *)
(* neighbours.  To eat, a philosopher picks up the fork on her left, then  *)
(* the fork on her right; after eating she puts both down.  If every       *)
(* philosopher picks up her left fork before anyone picks up a right one,  *)
(* all of them wait forever: TLC reports a deadlock, a reachable state     *)
(* that has no successor state.                                            *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N                   \* the number of philosophers, and of forks
ASSUME N \in Nat /\ N >= 2

Phils == 1 .. N              \* fork p lies to the left of philosopher p
Nobody == 0                  \* the "holder" of a fork that lies on the table

LeftFork(p)  == p
RightFork(p) == IF p = N THEN 1 ELSE p + 1

VARIABLES state,             \* state[p] is "thinking", "waiting" or "eating"
          holder             \* holder[f] is who holds fork f, or Nobody

vars == <<state, holder>>

TypeOK == /\ state \in [Phils -> {"thinking", "waiting", "eating"}]
          /\ holder \in [Phils -> Phils \cup {Nobody}]

Init == /\ state = [p \in Phils |-> "thinking"]
        /\ holder = [f \in Phils |-> Nobody]

\* A thinking philosopher picks up her left fork and waits for the right one.
TakeLeft(p) == /\ state[p] = "thinking"
               /\ holder[LeftFork(p)] = Nobody
               /\ holder' = [holder EXCEPT ![LeftFork(p)] = p]
               /\ state' = [state EXCEPT ![p] = "waiting"]

TakeRight(p) == /\ state[p] = "waiting"
                /\ holder[RightFork(p)] = Nobody
                /\ holder' = [holder EXCEPT ![RightFork(p)] = p]
                /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) == /\ state[p] = "eating"
              /\ holder' = [holder EXCEPT ![LeftFork(p)] = Nobody,
                                          ![RightFork(p)] = Nobody]
              /\ state' = [state EXCEPT ![p] = "thinking"]

Next == \E p \in Phils : TakeLeft(p) \/ TakeRight(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars

\* A philosopher eats only with both of her forks in hand.
EatsWithTwoForks ==
    \A p \in Phils : state[p] = "eating" =>
                        /\ holder[LeftFork(p)] = p
                        /\ holder[RightFork(p)] = p
=============================================================================

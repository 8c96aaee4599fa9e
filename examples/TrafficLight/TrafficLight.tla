---------------------------- MODULE TrafficLight ----------------------------
(***************************************************************************)
(* A pedestrian crossing on a one-way street.  Cars see a light that is    *)
(* green, yellow or red; pedestrians see a WALK sign and have a button.    *)
(* When someone presses the button, the controller stops the cars, lets    *)
(* the pedestrians walk, and then gives the cars green again.              *)
(*                                                                         *)
(* This is the walkthrough example of examples/README.md.                  *)
(***************************************************************************)

VARIABLES car,     \* the car light: "green", "yellow" or "red"
          walk,    \* TRUE while the WALK sign is lit
          button   \* TRUE while a pedestrian's request is pending

vars == <<car, walk, button>>

TypeOK == /\ car \in {"green", "yellow", "red"}
          /\ walk \in BOOLEAN
          /\ button \in BOOLEAN

Init == /\ car = "green"
        /\ walk = FALSE
        /\ button = FALSE

Press == /\ button = FALSE
         /\ button' = TRUE
         /\ UNCHANGED <<car, walk>>

Slow == /\ car = "green"
        /\ button = TRUE
        /\ car' = "yellow"
        /\ UNCHANGED <<walk, button>>

Stop == /\ car = "yellow"
        /\ car' = "red"
        /\ UNCHANGED <<walk, button>>

StartWalk == /\ car = "red"
             /\ walk = FALSE
             /\ button = TRUE
             /\ walk' = TRUE
             /\ button' = FALSE
             /\ UNCHANGED car

EndWalk == /\ walk = TRUE
           /\ walk' = FALSE
           /\ UNCHANGED <<car, button>>

Go == /\ car = "red"
      /\ walk = FALSE
      /\ car' = "green"
      /\ UNCHANGED <<walk, button>>

Next == Press \/ Slow \/ Stop \/ StartWalk \/ EndWalk \/ Go

Spec == Init /\ [][Next]_vars

\* The safety property: nobody is told to walk while cars may drive.
Safe == walk => car = "red"

(***************************************************************************)
(* A buggy controller, for the second half of the walkthrough: GoTooSoon   *)
(* gives the cars green without checking that the WALK sign is off.        *)
(***************************************************************************)
GoTooSoon == /\ car = "red"
             /\ car' = "green"
             /\ UNCHANGED <<walk, button>>

NextBuggy == Press \/ Slow \/ Stop \/ StartWalk \/ EndWalk \/ GoTooSoon

SpecBuggy == Init /\ [][NextBuggy]_vars
=============================================================================

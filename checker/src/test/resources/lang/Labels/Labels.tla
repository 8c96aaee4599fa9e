---- MODULE Labels ----
\* Labels (P0:: e) are transparent; selectors name the labelled expressions (Def!P0), nested
\* labels through their parent (Def!P1!Q1), labels with parameters take arguments (Q(1)!R(5)),
\* and !<< / !>> are the left and right operands. Every ASSUME holds in TLC 2.18.
EXTENDS Naturals
VARIABLE x
Def == /\ P0:: 1 + 2 = 3
       /\ P1:: (5 > 4 /\ Q1:: 2 > 1)
Q(n) == \A y \in {1, 2} : R(y):: y + n > 2
Lb == L0:: 3 + 4 * 2
Lc == 1 + L:: 2 * 3
ASSUME Def!P0 /\ Def!P0!1 = 3 /\ Def!1!1 = 3 /\ Def!P1!Q1 /\ Def!2!1!2 = 4
ASSUME Q(1)!R(5) /\ ~Q(1)!R(1) /\ Q(2)
ASSUME Lb!L0 = 11 /\ Lb!1 = 3 /\ Lb!L0!2 = 8 /\ Lb!<< = 3 /\ Lb!>> = 8
ASSUME Lc = 7 /\ Lc!L = 6 /\ Lc!2!1 = 2 /\ Def!P0!<< = 3
\* As in EWD998: a labelled conjunct of an invariant, and the invariant's part selected by label.
Inv == /\ Small:: x < 3
       /\ Typed:: x \in Nat
Init == x = 0
Next == x' = x + 1
Bounded == Inv!Small
Typed == Inv!Typed
====

---- MODULE Counter ----
\* A definition without arguments that reads only the state is computed once per state, but
\* only when that cannot be observed: Loud prints, so each of its uses must print.
EXTENDS Naturals, TLC
VARIABLES x, y

Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ y' = y
        \/ y < 2 /\ y' = y + 1 /\ x' = x

\* Pure: may be kept per state; the one use of Total below is evaluated three times per state.
Total == x + y
Sum == \A i \in 1..3 : Total = x + y /\ Total <= 5

\* The one use of Loud in Noisy is evaluated twice per state, and must print twice.
Loud == PrintT(<<"state", x, y>>)
Noisy == \A i \in 1..2 : Loud
\* Calls an impure definition: not kept either.
Louder == Noisy
====

---- MODULE ChooseOverflow ----
\* choose(34, 17) = 2333606220 is beyond TLC's 32-bit integers.
EXTENDS Combinatorics
VARIABLE x
Init == x = choose(34, 17)
Next == UNCHANGED x
====

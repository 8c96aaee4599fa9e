---- MODULE BitwiseErrors ----
\* Evaluation errors of Bitwise, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS Bitwise
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "NotAnInteger" -> "a" & 1
Next == UNCHANGED x
====

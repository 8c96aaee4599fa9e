---- MODULE GridError ----
\* Like Grid, but the next-state relation fails (division by zero) once x + y reaches 40.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 30 /\ x' = x + 1 /\ y' = y
        \/ y < 30 /\ y' = y + 1 /\ x' = x
        \/ x + y = 40 /\ x' = x \div (x - x) /\ y' = y
====

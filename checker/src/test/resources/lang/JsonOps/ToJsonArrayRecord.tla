---- MODULE ToJsonArrayRecord ----
\* ToJsonArray takes sets, sequences and functions, not records.
EXTENDS Json
VARIABLE x
Init == x = ToJsonArray([a |-> 1])
Next == UNCHANGED x
====

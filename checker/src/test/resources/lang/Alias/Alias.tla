---- MODULE Alias ----
\* ALIAS: the trace shows the alias record instead of the variables.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Small == x < 2
Show == [double |-> 2 * x]
====

---- MODULE Endless ----
\* Down(n) never reaches a base case: a stack overflow, which must be reported as an evaluation
\* error at the recursive call, after the trace that led there, never as a Java stack trace.
EXTENDS Naturals
VARIABLE x
RECURSIVE Down(_)
Down(n) == IF n < 0 THEN 0 ELSE Down(n + 1)
Init == x = 0
Next == x' = x + 1
Inv == x < 2 \/ Down(x) = 0
====

---- MODULE Deep ----
\* Recursions tens of thousands of levels deep, as a spec that folds over a long sequence or
\* counts down a large bound makes them: on the main thread (ASSUME), and on every worker
\* (the invariant, checked with 2 workers on the successors of 100 initial states, which both
\* workers expand). Each level is a few Java frames, so a default 1 MiB thread stack ends at
\* about 2,000 levels.
EXTENDS Naturals
VARIABLES x, y

RECURSIVE Count(_)
Count(n) == IF n = 0 THEN 0 ELSE 1 + Count(n - 1)

RECURSIVE SumTo(_)
SumTo(n) == IF n = 0 THEN 0 ELSE n + SumTo(n - 1)

RECURSIVE IsEven(_), IsOdd(_)
IsEven(n) == IF n = 0 THEN TRUE ELSE IsOdd(n - 1)
IsOdd(n) == IF n = 0 THEN FALSE ELSE IsEven(n - 1)

len[n \in 0..50000] == IF n = 0 THEN 0 ELSE len[n - 1] + 1

ASSUME /\ Count(100000) = 100000
       /\ SumTo(60000) = 1800030000
       /\ IsOdd(70001)
       /\ len[50000] = 50000

Init == x \in 0..99 /\ y = 0
Next == y' = 1 /\ UNCHANGED x
Inv == Count(20000 + x) = 20000 + x
====

---- MODULE RandomDraws ----
\* Draws in Init and in Next, kept in the state: the violation's trace is rebuilt by replaying
\* them. b tells the two chains of states apart, so that no two states can be equal by chance.
EXTENDS Randomization, Integers, FiniteSets
VARIABLES b, n, s
Init == b \in {2, 3} /\ s = RandomSubset(b, 1..10) /\ n = 0
Next == n < 5 /\ n' = n + 1 /\ s' = RandomSetOfSubsets(2, 1, 1..3) /\ UNCHANGED b
Inv == n < 4
Typed == IF n = 0 THEN Cardinality(s) = b ELSE s \subseteq SUBSET (1..3) /\ Cardinality(s) \in 1..2
====

---- MODULE RandomizationOps ----
\* Randomization: what is certain of the draws (sizes, subsets, the cases with one possible
\* answer).
EXTENDS Randomization, TLC, Integers, FiniteSets, Sequences
S == 1..20
ASSUME PrintT(<<Cardinality(RandomSubset(3, S)), RandomSubset(3, S) \subseteq S, RandomSubset(0, S)>>)
ASSUME PrintT(<<RandomSubset(5, 1..5), RandomSubset(6, 1..5)>>)
ASSUME PrintT(<<RandomSubset(1, {}), RandomSubset(0, {}), RandomSetOfSubsets(0, 2, 1..5)>>)
ASSUME PrintT(<<RandomSetOfSubsets(3, 0, 1..5), RandomSetOfSubsets(3, 5, 1..5)>>)
ASSUME PrintT(<<RandomSetOfSubsets(5, 2, S) \subseteq SUBSET S, Cardinality(RandomSetOfSubsets(5, 2, S)) \in 1..5>>)
ASSUME PrintT(<<RandomSetOfSubsets(1, 0, {}), RandomSetOfSubsets(0, 0, {})>>)
ASSUME PrintT(<<Len(TestRandomSetOfSubsets(3, 2, 1..5)), TestRandomSetOfSubsets(1, 1, 1..5)>>)
ASSUME PrintT(\A i \in 1..5 : TestRandomSetOfSubsets(3, 2, 1..5)[i] \in 1..3)
ASSUME PrintT(<<RandomSubset(2, {"a", "b", "c"}) \subseteq {"a", "b", "c"}, Cardinality(RandomSubset(2, SUBSET (1..3)))>>)
====

---- MODULE JavaOverrides ----
\* Naturals.tla and FiniteSets.tla beside the spec are the modules read, as TLC reads them; the
\* operators implemented in Java for modules of those names replace their definitions of the same
\* name and parameters, and only those.
EXTENDS Naturals, FiniteSets
VARIABLE x
ASSUME Extra = "defined only in this Naturals.tla"
ASSUME 1 + 1 = 2                    \* Java's +, not 42
ASSUME 5 \in Nat                    \* Java's Nat, not {0, 1, 2}
ASSUME IsFiniteSet({1})             \* Java's IsFiniteSet, not a string
ASSUME Cardinality({1, 2}) = 2      \* Java's Cardinality, not 42
ASSUME Empty = {}                   \* the TLA+ definition, with no Java counterpart
Init == x = 0
Next == x < 3 /\ x' = x + 1         \* Java's <, not FALSE
====

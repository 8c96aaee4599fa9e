---- MODULE FiniteSets ----
IsFiniteSet(S) == "replaced by Java's IsFiniteSet"
Cardinality(S) == 42
Empty == {}
====

---- MODULE OverridesOnlyReplace ----
\* Naturals.tla beside the spec defines + but not -: Java's - is not added to it, so - is unknown.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 + x - 1
====

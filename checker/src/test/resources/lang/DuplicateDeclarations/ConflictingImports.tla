---- MODULE ConflictingImports ----
EXTENDS One, Two, Naturals, TLC
VARIABLE x
Init == x = Size + Scale(3)
Next == UNCHANGED x
Inv == PrintT(x)
====

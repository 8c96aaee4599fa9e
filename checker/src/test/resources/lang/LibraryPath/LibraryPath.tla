---- MODULE LibraryPath ----
\* Where modules come from: Shadow.tla is beside the spec and in libA (the spec's folder wins),
\* Layered.tla in libA and in libB (the first entry of the library path wins), Deep.tla only in
\* libB, and it extends OnlyA, only in libA (a library module finds the others on the whole path).
EXTENDS Naturals, TLC, Shadow, Layered, Deep
VARIABLE x
ASSUME PrintT(<<ShadowFrom, LayeredFrom, DeepFrom, OnlyAFrom>>)
Bound == ShadowBound + LayeredBound + DeepBound
Init == x = 0
Next == x < Bound /\ x' = x + 1
====

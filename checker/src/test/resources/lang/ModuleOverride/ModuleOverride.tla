---- MODULE ModuleOverride ----
\* C <- [M] D and C = [M] v replace a definition of an instantiated module.
EXTENDS Naturals
VARIABLE x
L == INSTANCE Lib
SmallMax == 2
Init == x = L!Start
Next == x < L!Limit /\ x' = x + 1
====

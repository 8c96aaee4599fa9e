---- MODULE InstanceErrors ----
\* Lib declares z and K; this module has neither and substitutes only z.
EXTENDS Naturals
VARIABLE x
L == INSTANCE Lib WITH z <- x
Init == x = 0
Next == x' = L!Get
====

---- MODULE NoSuchDefinition ----
EXTENDS Naturals
VARIABLE x
L == INSTANCE Lib WITH z <- x, K <- 1
Init == x = 0
Next == x' = L!Put
====

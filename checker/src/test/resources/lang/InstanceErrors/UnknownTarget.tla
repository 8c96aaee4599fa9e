---- MODULE UnknownTarget ----
EXTENDS Naturals
VARIABLE x
L == INSTANCE Lib WITH z <- x, K <- 1, Q <- 2
Init == x = 0
Next == x' = L!Get
====

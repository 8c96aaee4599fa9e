---- MODULE UnknownInstance ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE Nowhere WITH y <- x
Init == x = 0
Next == x' = x
====

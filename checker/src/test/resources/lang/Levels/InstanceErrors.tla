---- MODULE InstanceErrors ----
EXTENDS Naturals
VARIABLE x, y
Stateful == INSTANCE Inner WITH C <- x, v <- y
Primed(a) == a' = a
Op == INSTANCE Ops WITH F <- Primed
Fine == INSTANCE Constants WITH C <- x
Init == x = 0 /\ y = 0
Next == UNCHANGED <<x, y>>
====

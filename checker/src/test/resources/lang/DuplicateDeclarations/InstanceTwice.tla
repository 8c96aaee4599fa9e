---- MODULE InstanceTwice ----
EXTENDS TLC
VARIABLE x
I == INSTANCE Param WITH c <- 1
I == INSTANCE Param WITH c <- 2
Init == x = I!Val
Next == UNCHANGED x
Inv == PrintT(x)
====

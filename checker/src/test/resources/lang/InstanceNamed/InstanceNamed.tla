---- MODULE InstanceNamed ----
\* Two named instances of one module, each with its own substitutions.
EXTENDS Naturals
VARIABLES a, b
A == INSTANCE Counter WITH n <- a, Limit <- 2
B == INSTANCE Counter WITH n <- b, Limit <- 3
Init == A!Init /\ B!Init
Next == (A!Next /\ UNCHANGED b) \/ (B!Next /\ UNCHANGED a)
Inv == A!Capped /\ B!Capped
====

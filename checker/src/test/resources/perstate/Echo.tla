---- MODULE Echo ----
\* Instantiated by Relay: Twice reads the substituted v twice, and Seen uses Twice twice.
EXTENDS Naturals
VARIABLE v
Twice == v + v
Seen == \A i \in 1..2 : Twice >= 0
====

---- MODULE Relay ----
\* A definition that uses a substitution is kept per state only if the substitution is pure:
\* Loud's replacement prints, so each read of v in Echo prints, as TLC evaluates it.
EXTENDS Naturals, TLC
VARIABLE x

Init == x = 0
Next == x < 2 /\ x' = x + 1

Loud == INSTANCE Echo WITH v <- IF PrintT(<<"read", x>>) THEN x ELSE x
Quiet == INSTANCE Echo WITH v <- x

LoudSeen == Loud!Seen
QuietSeen == Quiet!Seen
====

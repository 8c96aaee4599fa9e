---- MODULE Accepted ----
EXTENDS Naturals, Integers, TLC
\* Expressions SANY accepts around the conflicts of Conflicts.tla, and how it reads them.
ASSUME PrintT(<<"parenthesised", (TRUE /\ FALSE) \/ TRUE>>)
Bullets ==
  /\ FALSE \/ TRUE
  /\ TRUE
ASSUME PrintT(<<"list", Bullets>>)
ASSUME PrintT(<<"subset", SUBSET {1} \cup {{2}}>>)
ASSUME PrintT(<<"domain", DOMAIN <<7, 8>> \cup {5}>>)
ASSUME PrintT(<<"minus", -2^2, 2 + -1, 2 - -1, -3 * 2>>)
ASSUME PrintT(<<"plus minus", 10 - 3 + 2, 10 + 3 - 2>>)
ASSUME PrintT(<<"times", {1} \X {2} \X {3}, ({1} \X {2}) \X {3}>>)
ASSUME PrintT(<<"negation", ~ 1 = 2, ~ TRUE /\ FALSE>>)
ASSUME PrintT(<<"union", {1} \cup {2} \union {3}>>)
====

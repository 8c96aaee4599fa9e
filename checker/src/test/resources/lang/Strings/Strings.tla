---- MODULE Strings ----
\* Strings where TLC treats them as sequences of characters.
EXTENDS Naturals, Sequences
VARIABLE w
ASSUME /\ Len("abc") = 3
       /\ "ab" \o "c" = "abc"
       /\ SubSeq("hello", 2, 3) = "el"
       /\ Tail("abc") = "bc"
       /\ "" \o "" = ""
Init == w = ""
Next == Len(w) < 3 /\ w' = w \o "a"
====

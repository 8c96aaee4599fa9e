---- MODULE UnknownModule ----
EXTENDS Naturals,
        SequencesExt
VARIABLE x
Init == x = 0
Next == x' = x
====

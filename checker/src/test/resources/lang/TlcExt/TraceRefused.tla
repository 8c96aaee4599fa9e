---- MODULE TraceRefused ----
EXTENDS Naturals, Sequences, TLCExt
VARIABLE x
Init == x = 0
Next == x' = Len(Trace)
====

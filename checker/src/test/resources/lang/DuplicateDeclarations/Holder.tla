---- MODULE Holder ----
VARIABLE y, x
Hold == UNCHANGED <<x, y>>
====

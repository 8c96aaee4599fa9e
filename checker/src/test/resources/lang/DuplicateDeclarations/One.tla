---- MODULE One ----
Size == 1
Scale(a) == a
====

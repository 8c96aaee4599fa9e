---- MODULE Two ----
Size == 2
Scale == 10
====

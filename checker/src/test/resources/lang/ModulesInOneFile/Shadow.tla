---- MODULE Shadow ----
Bound == 2
====

---- MODULE Naturals ----
a + b == 0
====

---- MODULE Naturals ----
\* Read instead of the standard Naturals (it is beside the spec); only what it defines is visible.
Nat == {0, 1, 2}
a + b == 42
a < b == FALSE
Extra == "defined only in this Naturals.tla"
====

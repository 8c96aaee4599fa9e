---- MODULE Lib ----
CONSTANT K
VARIABLE z
Get == z + K
====

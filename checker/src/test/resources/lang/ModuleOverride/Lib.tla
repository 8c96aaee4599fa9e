---- MODULE Lib ----
EXTENDS Naturals
Max == 100
Start == CHOOSE n \in Nat : n > 1000000
Limit == Max
====

---- MODULE Cell ----
EXTENDS Naturals
CONSTANT v
VARIABLE c
Double == 2 * v
Set == c' = Double
Twice(k) == k * Double
====

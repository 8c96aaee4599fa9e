---- MODULE RecursiveSections ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Sum(_), Twice(_)
CONSTANT Limit
ASSUME TRUE
Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
Twice == 2
RECURSIVE Never(_)
Local == LET RECURSIVE Missing(_) one == 1 IN one
Fine == LET RECURSIVE Down(_) Down(n) == IF n = 0 THEN 0 ELSE Down(n - 1) IN Down(3)
Init == x = 0
Next == x' = x
====

---- MODULE BadLabels ----
EXTENDS Naturals
VARIABLE x
Missing == \A y \in {1} : Body :: y > 0
Inner == \A y \in {1} : Outer(y) :: \E z \in {2} : Deep(y, z) :: y < z
Stranger == \A y \in {1} : Odd(y, w) :: y > 0
Init == x = 0
Next == x' = x
====

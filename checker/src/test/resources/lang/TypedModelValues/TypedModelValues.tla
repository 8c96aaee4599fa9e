---- MODULE TypedModelValues ----
CONSTANTS A, B
VARIABLE x
Init == x \in A
Next == x' \in A
Mixed == \A a \in A : \A b \in B : a # b
====

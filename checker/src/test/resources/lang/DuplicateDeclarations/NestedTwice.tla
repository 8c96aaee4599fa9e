---- MODULE NestedTwice ----
---- MODULE Part ----
Size == 1
====
---- MODULE Part ----
Size == 2
====
VARIABLE x
P == INSTANCE Part
Init == x = P!Size
Next == x' = x
====

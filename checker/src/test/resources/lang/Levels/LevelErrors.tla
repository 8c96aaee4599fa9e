---- MODULE LevelErrors ----
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLE x
ASSUME x \in Nat
Step == x' = x + 1
Twice == Step'
Live == ENABLED [](x = 0)
Always == []Step
Mixed == Step /\ [](x > 0)
LeadsTo == Step ~> (x = 0)
Next(a) == a'
Call == Next(x')
Set == {[](x = 0)}
Length == Len([](x = 0))
Box == [[](x = 0)]_x
Init == x = 0
====

---- MODULE EnabledInInstance ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE Inner WITH v <- x % 3
Init == x = 0
Next == x < 5 /\ x' = x + 1
\* Written in Inner: TLC decides these before substituting x % 3 for v.
CanInc == I!CanInc
CanStep == I!CanStep
\* Written here, around the instance's action: x' is bound first, then Inc is a test.
Mixed == ENABLED (x' = x + 4 /\ I!Inc)
====

---- MODULE Primed ----
\* x' passed as an argument: in Set, "v = 1" assigns x rather than testing it, so it must not be
\* tried once before the bindings as a test would be (GuardPrecheckTest).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Set(v, f) == /\ v = 1
             /\ y' = f
Next == \E f \in {1, 2} : Set(x', f)
====

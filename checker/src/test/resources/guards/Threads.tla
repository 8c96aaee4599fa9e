---- MODULE Threads ----
\* Two threads, each starting on one of three files and finishing on it, with guards on the thread
\* alone (pc[t] = "idle") inside \E over files: for GuardPrecheckTest. Noisy's guard does not
\* depend on the file but prints, so it must be tried for every file, as TLC does; Faulty's guard
\* fails to evaluate once Broken is on; Stuck's files cannot be listed when Zero is 0.
EXTENDS Naturals, FiniteSets, TLC
CONSTANTS Files, Broken, Zero
VARIABLES pc, at
vars == <<pc, at>>
Threads == {1, 2}
Init == pc = [t \in Threads |-> "idle"] /\ at = [t \in Threads |-> 0]
Start(t, f) == /\ pc[t] = "idle"
               /\ pc' = [pc EXCEPT ![t] = "busy"]
               /\ at' = [at EXCEPT ![t] = f]
Finish(t, f) == /\ pc[t] = "busy"
                /\ at[t] = f
                /\ pc' = [pc EXCEPT ![t] = "done"]
                /\ UNCHANGED at
Noisy(t, f) == /\ Print(<<"tried", t>>, pc[t] = "never")
               /\ UNCHANGED vars
Faulty(t, f) == /\ Broken
                /\ pc[t + 5] = "idle"
                /\ UNCHANGED vars
Stuck(t, f) == /\ pc[t] = "stuck"
               /\ UNCHANGED vars
Next == \E t \in Threads : \/ \E f \in Files : Start(t, f)
                           \/ \E f \in Files : Finish(t, f)
                           \/ \E f \in Files : Noisy(t, f)
                           \/ \E f \in Files : Faulty(t, f)
                           \/ \E f \in {Cardinality(Files) \div Zero} : Stuck(t, f)
Spec == Init /\ [][Next]_vars
\* A thread is busy only after it started, and done only after it finished, on a file.
Consistent == \A t \in Threads : pc[t] = "idle" <=> at[t] = 0
====

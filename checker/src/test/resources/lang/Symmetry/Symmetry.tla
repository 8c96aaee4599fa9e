---- MODULE Symmetry ----
\* Two subsets of the model values Procs: S grows, and f marks members of T.
EXTENDS TLC
CONSTANT Procs
VARIABLES S, f
Perms == Permutations(Procs)
Init == S = {} /\ f = [p \in Procs |-> FALSE]
Next == \E p \in Procs : \/ p \notin S /\ S' = S \cup {p} /\ UNCHANGED f
                         \/ ~f[p] /\ f' = [f EXCEPT ![p] = TRUE] /\ UNCHANGED S
====

---- MODULE M ----
EXTENDS TLC, Naturals
CONSTANT Procs
VARIABLES owner, hist
Perms == Permutations(Procs)
vars == <<owner, hist>>
Init == owner = (CHOOSE p \in Procs : TRUE) /\ hist = {}
Pass(p) == owner # p /\ owner' = p /\ hist' = hist \cup {owner}
Next == \E p \in Procs : Pass(p)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
First == []<>(owner = CHOOSE p \in Procs : TRUE)
Back == <>(owner \in hist)
AllSeen == <>(hist = Procs)
Stable == <>[](hist = Procs)
Leads == \A p \in Procs : (owner = p) ~> (owner # p)
P1 == CHOOSE p \in Procs : TRUE
NotFirst == []<>(owner # P1)
Leads1 == (owner = P1) ~> (owner # P1)
Leads2 == \A p \in {P1} : (owner = p) ~> (owner # p)
Moves == [][owner' # owner]_vars
InHist == []<>(owner \in hist)
====

---- MODULE FoldsOps ----
\* The CommunityModule Folds: MapThenFoldSet chooses an element, folds the rest, and combines
\* the chosen one last (outermost), whatever the choice; and a model that sums a set with it.
EXTENDS Folds, Integers, TLC
VARIABLE s
P(x, y) == <<x, y>>
First(t) == CHOOSE x \in t : TRUE
Greatest(t) == CHOOSE x \in t : \A y \in t : x >= y
ASSUME PrintT(<<"first", MapThenFoldSet(P, 0, LAMBDA x : x, First, {3, 1, 2})>>)
ASSUME PrintT(<<"greatest", MapThenFoldSet(P, 0, LAMBDA x : 10 * x, Greatest, {3, 1, 2})>>)
ASSUME PrintT(<<"empty", MapThenFoldSet(+, 5, LAMBDA x : x, First, {}), MapThenFoldSet(P, "b", LAMBDA x : x, First, {7})>>)
ASSUME PrintT(<<"union", MapThenFoldSet(LAMBDA x, y : x \cup y, {}, LAMBDA x : {{x}}, First, {1, 2})>>)
ASSUME PrintT(<<"minus", MapThenFoldSet(-, 0, LAMBDA x : x, First, {1, 2, 3}), MapThenFoldSet(-, 0, LAMBDA x : x, Greatest, {1, 2, 3})>>)
ASSUME PrintT(<<"strings", MapThenFoldSet(P, 0, LAMBDA x : x, First, {"c", "a", "b"})>>)
ASSUME PrintT(<<"tuples", MapThenFoldSet(P, 0, LAMBDA x : x[1], First, {<<2, 0>>, <<1, 9>>})>>)
Init == s = {}
Next == \E e \in 1..3 : e \notin s /\ s' = s \cup {e}
Inv == MapThenFoldSet(+, 0, LAMBDA x : x, First, s) = MapThenFoldSet(+, 0, LAMBDA x : x, Greatest, s)
====

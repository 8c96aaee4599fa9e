---- MODULE FiniteSetsExtOps ----
\* Every operator of the CommunityModule FiniteSetsExt, with edge cases (empty sets, one
\* element, negative numbers), and a model over the subsets of a small set.
EXTENDS FiniteSetsExt, TLC
VARIABLE s
P(x, y) == <<x, y>>
ASSUME PrintT(<<"FoldSet", FoldSet(P, 0, {3, 1, 2}), FoldSet(+, 0, 0..10), FoldSet(P, "e", {})>>)
ASSUME PrintT(<<"FoldSet", FoldSet(LAMBDA x, y : y - x, 0, {1, 2, 3}), FoldSet(P, 0, {3} \cup {1})>>)
ASSUME PrintT(<<"SumSet", SumSet(0..10), SumSet({}), SumSet({-5, 3}), SumSet({7})>>)
ASSUME PrintT(<<"ProductSet", ProductSet(1..3), ProductSet({}), ProductSet({-2, 0}), ProductSet({-2, 3})>>)
ASSUME PrintT(<<"ReduceSet", ReduceSet(P, {3, 1, 2}, 0), ReduceSet(+, {}, 9)>>)
ASSUME PrintT(<<"MapThenSumSet", MapThenSumSet(LAMBDA e : e.n, {[n |-> 0], [n |-> 1], [n |-> 2]})>>)
ASSUME PrintT(<<"MapThenSumSet", MapThenSumSet(LAMBDA e : 1, {}), MapThenSumSet(LAMBDA e : e * e, -2..2)>>)
ASSUME PrintT(<<"FlattenSet", FlattenSet({{1, 2}, {2, 3}, {4}}), FlattenSet({}), FlattenSet({{}})>>)
ASSUME PrintT(<<"SymDiff", SymDiff({1, 2, 3}, {2, 3, 4}), SymDiff({1, 2}, {3, 4}), SymDiff({1, 2}, {1, 2})>>)
ASSUME PrintT(<<"SymDiff", SymDiff({}, {}), SymDiff({}, {1})>>)
ASSUME PrintT(<<"Quantify", Quantify(1..9, LAMBDA n : n % 2 = 0), Quantify({}, LAMBDA n : TRUE)>>)
ASSUME PrintT(<<"Quantify", Quantify({1, 2}, LAMBDA n : FALSE), Quantify(SUBSET (1..3), LAMBDA t : 2 \in t)>>)
ASSUME PrintT(<<"kSubset", kSubset(2, 1..3), kSubset(0, 1..3), kSubset(4, 1..3), kSubset(0, {})>>)
ASSUME PrintT(<<"kSubset", kSubset(-1, 1..3), kSubset(3, 1..3), kSubset(1, {7})>>)
ASSUME PrintT(<<"kSubset", Cardinality(kSubset(3, 1..6)), {1, 5} \in kSubset(2, 1..6), {1} \in kSubset(2, 1..6)>>)
ASSUME PrintT(<<"kSubset", 1..10 \in kSubset(10, 1..40), 1..9 \in kSubset(10, 1..40)>>)
ASSUME PrintT(<<"Max", Max({1, 5, 3}), Max({-4}), Max(1..7), Max({-7, -3})>>)
ASSUME PrintT(<<"Min", Min({1, 5, 3}), Min({-4, -9}), Min(1..7), Min({0})>>)
ASSUME PrintT(<<"Choices", Choices({{1, 2}, {3}}), Choices({}), Choices({{}, {1}}), Choices({{}})>>)
ASSUME PrintT(<<"Choices", Choices({{1, 2}, {2, 3}, {5}})>>)
ASSUME PrintT(<<"Choices", Cardinality(Choices({1..3, 4..6, 7..9})), {1, 3} \in Choices({{1, 2}, {3}})>>)
ASSUME PrintT(<<"ChooseUnique", ChooseUnique({2, 3, 4, 5}, LAMBDA x : x % 3 = 1), ChooseUnique({9}, LAMBDA x : TRUE)>>)
\* From the modules FiniteSetsExt extends (Integers, FiniteSets, Folds, Functions).
ASSUME PrintT(<<"extended", -1, Cardinality({1}), Range(<<1, 1>>), IsInjective(<<1>>)>>)
Init == s = {}
Next == \E e \in 1..3 : s' = SymDiff(s, {e})
Inv == /\ SumSet(s) = FoldSet(+, 0, s)
       /\ s \in kSubset(Cardinality(s), 1..3)
       /\ Quantify(1..3, LAMBDA e : e \in s) = Cardinality(s)
       /\ s # {} => Max(s) >= Min(s) /\ Max(s) \in s /\ Min(s) \in s
       /\ FlattenSet({s, {}}) = s
====

---- MODULE FunctionsOps ----
\* Every operator of the CommunityModule Functions, with edge cases (empty functions and sets,
\* records, values that repeat), and a model over the injections of a small set.
EXTENDS Functions, FiniteSets, TLC
VARIABLE f
P(x, y) == <<x, y>>
g == ("a" :> 0 @@ "b" :> 1 @@ "c" :> 2)
ASSUME PrintT(<<"Restrict", Restrict(g, {"a", "c"}), Restrict(g, {}), Restrict(<<5, 6, 7>>, {1, 3})>>)
ASSUME PrintT(<<"Restrict", Restrict(<<5, 6, 7>>, {1, 2}), Restrict(g, DOMAIN g) = g>>)
ASSUME PrintT(<<"RestrictDomain", RestrictDomain(g, LAMBDA x : x \in {"a", "b"})>>)
ASSUME PrintT(<<"RestrictDomain", RestrictDomain(<<5, 6, 7>>, LAMBDA x : x < 3), RestrictDomain(<<>>, LAMBDA x : TRUE)>>)
ASSUME PrintT(<<"RestrictValues", RestrictValues(g, LAMBDA y : y \in {0, 2})>>)
ASSUME PrintT(<<"RestrictValues", RestrictValues(<<0, 1, 2>>, LAMBDA y : y \in {0, 2}), RestrictValues(<<0, 1>>, LAMBDA y : y # 1)>>)
ASSUME PrintT(<<"IsRestriction", IsRestriction([one |-> 1], [one |-> 1, two |-> 2]), IsRestriction([one |-> 1], [one |-> 1])>>)
ASSUME PrintT(<<"IsRestriction", IsRestriction([one |-> 1, two |-> 2], [one |-> 1, two |-> 3]), IsRestriction(<<>>, <<>>)>>)
ASSUME PrintT(<<"IsRestriction", IsRestriction(<<1>>, <<1, 2>>), IsRestriction(<<2>>, <<1, 2>>), IsRestriction(<<1, 2>>, <<1>>)>>)
ASSUME PrintT(<<"Range", Range(g), Range(<<>>), Range(<<3, 3, 1>>), Range([x \in 1..3 |-> x * x])>>)
ASSUME PrintT(<<"Pointwise", Pointwise(g, ("a" :> 1 @@ "b" :> 1 @@ "c" :> 3), +)>>)
ASSUME PrintT(<<"Pointwise", Pointwise(<<1, 2>>, <<3, 4, 5>>, P), Pointwise(<<>>, <<>>, +), Pointwise(<<1, 2>>, <<3, 4>>, -)>>)
ASSUME PrintT(<<"Inverse", Inverse(g, DOMAIN g, Range(g))>>)
ASSUME PrintT(<<"Inverse", Inverse(g, DOMAIN g, {1, 3}), Inverse(<<1, 1, 2>>, 1..3, {1, 2})>>)
ASSUME PrintT(<<"Inverse", Inverse(<<1, 1, 2>>, 1..3, {}), Inverse(<<>>, {}, {}), Inverse(<<1, 2>>, {1, 2}, {5})>>)
ASSUME PrintT(<<"AntiFunction", AntiFunction(g), AntiFunction(<<>>)>>)
ASSUME PrintT(<<"AntiFunction", AntiFunction(<<"x", "y", "z">>)>>)
ASSUME PrintT(<<"AntiFunction", AntiFunction([a |-> 1, b |-> 2])>>)
ASSUME PrintT(<<"IsInjective", IsInjective(g), IsInjective(<<1, 1>>), IsInjective(<<>>), IsInjective(<<1, 2, 3>>)>>)
ASSUME PrintT(<<"Injection", Injection({1, 2}, {"a", "b"}), Injection({}, {1}), Injection({1}, {}), Injection({1, 2, 3}, {1, 2})>>)
ASSUME PrintT(<<"Injection", Cardinality(Injection(1..3, 1..4)), <<1, 2>> \in Injection({1, 2}, Nat), <<1, 1>> \in Injection({1, 2}, Nat)>>)
ASSUME PrintT(<<"Surjection", Surjection({1, 2, 3}, {"a"}), Surjection({}, {}), Surjection({}, {1}), Surjection({1}, {})>>)
ASSUME PrintT(<<"Surjection", Cardinality(Surjection(1..4, 1..2)), <<1, 2, 1>> \in Surjection(1..3, 1..2)>>)
ASSUME PrintT(<<"Bijection", Bijection({1, 2}, {"a", "b"}), Bijection({}, {}), Bijection({1, 2}, {1})>>)
ASSUME PrintT(<<"Bijection", Cardinality(Bijection(1..4, 5..8)), <<2, 1>> \in Bijection(1..2, 1..2)>>)
ASSUME PrintT(<<"ExistsInjection", ExistsInjection({1, 2}, {1}), ExistsInjection({1}, {1, 2}), ExistsInjection({}, {})>>)
ASSUME PrintT(<<"ExistsSurjection", ExistsSurjection({1, 2}, {1}), ExistsSurjection({1}, {1, 2}), ExistsSurjection({}, {})>>)
ASSUME PrintT(<<"ExistsSurjection", ExistsSurjection({1}, {}), ExistsSurjection({}, {1})>>)
ASSUME PrintT(<<"ExistsBijection", ExistsBijection({1, 2}, {3, 4}), ExistsBijection({}, {}), ExistsBijection({1}, {})>>)
ASSUME PrintT(<<"FoldFunctionOnSet", FoldFunctionOnSet(P, 0, <<3, 1, 2>>, {1, 3}), FoldFunctionOnSet(+, 0, <<3, 1, 2>>, {})>>)
ASSUME PrintT(<<"FoldFunctionOnSet", FoldFunctionOnSet(P, 0, <<3, 1, 2>>, {3, 2, 1})>>)
ASSUME PrintT(<<"FoldFunction", FoldFunction(LAMBDA x, y : {x} \cup y, {}, <<1, 2, 1>>), FoldFunction(+, 7, <<>>)>>)
ASSUME PrintT(<<"FoldFunction", FoldFunction(P, "b", g), FoldFunction(P, 0, (2 :> 20) @@ (1 :> 10))>>)
ASSUME PrintT(<<"SumFunctionOnSet", SumFunctionOnSet(<<4, 5, 6>>, {1, 2}), SumFunctionOnSet(<<4>>, {})>>)
ASSUME PrintT(<<"SumFunction", SumFunction(<<4, 5, 6>>), SumFunction(<<>>), SumFunction(g), SumFunction([x \in {-1, 5} |-> x])>>)
ASSUME PrintT(<<"MapThenFoldSet", MapThenFoldSet(P, 0, LAMBDA x : x, LAMBDA s : CHOOSE x \in s : TRUE, {3, 1, 2})>>)
\* Tested without listing [S -> T] (20^20 functions), as TLC tests the definitions' set filters.
ASSUME PrintT(<<"large", [i \in 1..20 |-> 21 - i] \in Bijection(1..20, 1..20), [i \in 1..20 |-> 1] \in Bijection(1..20, 1..20)>>)
ASSUME PrintT(<<"large", [i \in 1..12 |-> 2 * i] \in Injection(1..12, 1..30), [i \in 1..12 |-> 1 + (i % 3)] \in Surjection(1..12, 1..3)>>)
\* From the modules Functions extends (Integers, Folds).
ASSUME PrintT(<<"extended", -3, 5 \div 2, 2 ^ 3, -1 \in Int>>)
Init == f \in Injection(1..2, 1..3)
Next == \E i \in 1..2, v \in 1..3 : /\ v \notin Range(f)
                                    /\ f' = [f EXCEPT ![i] = v]
Inv == /\ IsInjective(f)
       /\ f \in Injection(DOMAIN f, Range(f) \cup {1, 2, 3})
       /\ AntiFunction(AntiFunction(f)) = f
       /\ SumFunction(f) = FoldFunction(+, 0, f)
       /\ ExistsBijection(DOMAIN f, Range(f))
====

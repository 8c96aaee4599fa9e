---- MODULE RelationOps ----
\* Every operator of the CommunityModule Relation, on relations given as boolean functions on
\* S \X S and as operators, with the empty set and one element; and a model that grows a relation
\* and checks its closures.
EXTENDS Relation, TLC
VARIABLE r
S == {1, 2, 3}
Lt == [p \in S \X S |-> p[1] < p[2]]
Le == [p \in S \X S |-> p[1] <= p[2]]
Eq == [p \in S \X S |-> p[1] = p[2]]
Succ == [p \in S \X S |-> p[2] = p[1] + 1]
ASSUME PrintT(<<"IsReflexive", IsReflexive(Le, S), IsReflexive(Lt, S), IsReflexive(Lt, {})>>)
ASSUME PrintT(<<"IsReflexiveUnder", IsReflexiveUnder(=, S), IsReflexiveUnder(<, S)>>)
ASSUME PrintT(<<"IsIrreflexive", IsIrreflexive(Lt, S), IsIrreflexive(Le, S)>>)
ASSUME PrintT(<<"IsIrreflexiveUnder", IsIrreflexiveUnder(<, S), IsIrreflexiveUnder(<=, S), IsIrreflexiveUnder(<=, {})>>)
ASSUME PrintT(<<"IsSymmetric", IsSymmetric(Eq, S), IsSymmetric(Lt, S)>>)
ASSUME PrintT(<<"IsSymmetricUnder", IsSymmetricUnder(=, S), IsSymmetricUnder(<, S), IsSymmetricUnder(<, {1})>>)
ASSUME PrintT(<<"IsAntiSymmetric", IsAntiSymmetric(Le, S), IsAntiSymmetric(Eq, S)>>)
ASSUME PrintT(<<"IsAntiSymmetricUnder", IsAntiSymmetricUnder(<=, S), IsAntiSymmetricUnder(LAMBDA x, y : TRUE, S)>>)
ASSUME PrintT(<<"IsAsymmetric", IsAsymmetric(Lt, S), IsAsymmetric(Le, S)>>)
ASSUME PrintT(<<"IsAsymmetricUnder", IsAsymmetricUnder(<, S), IsAsymmetricUnder(<=, S)>>)
ASSUME PrintT(<<"IsTransitive", IsTransitive(Lt, S), IsTransitive(Succ, S)>>)
ASSUME PrintT(<<"IsTransitiveUnder", IsTransitiveUnder(<, S), IsTransitiveUnder(LAMBDA x, y : y = x + 1, S)>>)
ASSUME PrintT(<<"IsStrictlyPartiallyOrdered", IsStrictlyPartiallyOrdered(Lt, S), IsStrictlyPartiallyOrdered(Le, S)>>)
ASSUME PrintT(<<"IsStrictlyPartiallyOrderedUnder", IsStrictlyPartiallyOrderedUnder(<, S)>>)
ASSUME PrintT(<<"IsPartiallyOrdered", IsPartiallyOrdered(Le, S), IsPartiallyOrdered(Lt, S)>>)
ASSUME PrintT(<<"IsPartiallyOrderedUnder", IsPartiallyOrderedUnder(<=, S), IsPartiallyOrderedUnder(<, S)>>)
ASSUME PrintT(<<"IsStrictlyTotallyOrdered", IsStrictlyTotallyOrdered(Lt, S), IsStrictlyTotallyOrdered(Eq, S)>>)
ASSUME PrintT(<<"IsStrictlyTotallyOrderedUnder", IsStrictlyTotallyOrderedUnder(<, S)>>)
ASSUME PrintT(<<"IsStrictlyTotallyOrderedUnder", IsStrictlyTotallyOrderedUnder(LAMBDA x, y : FALSE, {1})>>)
ASSUME PrintT(<<"IsTotallyOrdered", IsTotallyOrdered(Le, S), IsTotallyOrdered(Eq, S)>>)
ASSUME PrintT(<<"IsTotallyOrderedUnder", IsTotallyOrderedUnder(<=, S), IsTotallyOrderedUnder(=, S)>>)
ASSUME PrintT(<<"TransitiveClosure", TransitiveClosure(Succ, S)[1, 3], TransitiveClosure(Succ, S)[3, 1]>>)
ASSUME PrintT(<<"TransitiveClosure", TransitiveClosure(Succ, {2}), TransitiveClosure(Succ, {})>>)
ASSUME PrintT(<<"TransitiveClosure", TransitiveClosure(Succ, {1, 2}) = [p \in {1, 2} \X {1, 2} |-> p = <<1, 2>>]>>)
ASSUME PrintT(<<"TransitiveClosure", TransitiveClosure(Succ, {1, 3}) = [p \in {1, 3} \X {1, 3} |-> FALSE]>>)
ASSUME PrintT(<<"ReflexiveTransitiveClosure", ReflexiveTransitiveClosure(Succ, {3})>>)
ASSUME PrintT(<<"ReflexiveTransitiveClosure", ReflexiveTransitiveClosure(Succ, {1, 2})[2, 1]>>)
ASSUME PrintT(<<"ReflexiveTransitiveClosure", ReflexiveTransitiveClosure(Succ, S)[3, 3]>>)
ASSUME PrintT(<<"IsConnected", IsConnected(Succ, S), IsConnected(Eq, {1}), IsConnected(Succ, {})>>)
ASSUME PrintT(<<"IsConnected", IsConnected([p \in S \X S |-> p[1] # p[2]], S)>>)
Init == r = [p \in S \X S |-> FALSE]
Next == \E x, y \in S : ~r[x, y] /\ r' = [r EXCEPT ![x, y] = TRUE]
Closed == TransitiveClosure(r, S)
Inv == /\ IsTransitive(Closed, S)
       /\ \A x, y \in S : r[x, y] => Closed[x, y]
       /\ IsConnected(r, S) = \A x, y \in S : x = y \/ Closed[x, y]
       /\ IsReflexive(ReflexiveTransitiveClosure(r, S), S)
====

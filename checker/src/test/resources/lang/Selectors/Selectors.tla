---- MODULE Selectors ----
EXTENDS Naturals, TLC
VARIABLE x
Pos == \A y \in {1, 2} : y > 0
Squares == {y * y : y \in {1, 2}}
Big == {y \in {1, 2, 3} : y > 1}
Shift == [y \in {1, 2} |-> y + 10]
Pick == CHOOSE y \in {1, 2} : y > 1
Pair == \E a, b \in {1} : a + b > 5
Nested == \A y \in {1} : \E z \in {2} : y + z = 3
Labelled == \A y \in {4} : Body(y) :: y < 10
Apply(F(_)) == F(3)
Apply2(F(_, _)) == F(3, 2)
ASSUME PrintT(<<"quantifier", Pos!(1), Pos!(0)>>)
ASSUME PrintT(<<"set map", Squares!(3)>>)
ASSUME PrintT(<<"set filter", Big!(1), Big!(5)>>)
ASSUME PrintT(<<"function", Shift!(7)>>)
ASSUME PrintT(<<"choose", Pick!(1)>>)
ASSUME PrintT(<<"two bound", Pair!(2, 4)>>)
ASSUME PrintT(<<"nested", Nested!(1)!(2), Nested!(1)!(5)>>)
ASSUME PrintT(<<"label", Labelled!(20), Labelled!Body(20)>>)
ASSUME PrintT(<<"operator", Apply(Squares!@), Apply(Pos!@), Apply2(Pair!@)>>)
Init == x = 0
Next == x' = IF Pos!(x + 1) THEN (x + 1) % 3 ELSE x
====

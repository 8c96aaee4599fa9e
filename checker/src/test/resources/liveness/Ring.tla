---- MODULE Ring ----
\* A counter going round 0 -> 1 -> 2 -> 0, with and without weak fairness.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
FairSpec == Spec /\ WF_x(Next)

InfinitelyOftenZero == []<>(x = 0)
EventuallyAlwaysTwo == <>[](x = 2)
OneLeadsToTwo == (x = 1) ~> (x = 2)
Increasing == [][x' > x]_x
StepsRound == (x \in 0..2) /\ [][x' = (x + 1) % 3]_x
StartsAtOne == (x = 1) /\ [][TRUE]_x
\* A recursive LET whose first definition calls a later one: Down(2) = Step(2) = Down(1) = ... = 0.
RecursiveLet == LET RECURSIVE Down(_), Step(_)
                    Down(n) == IF n = 0 THEN 0 ELSE Step(n)
                    Step(n) == Down(n - 1)
                IN  []<>(x = Down(2))
\* Fails to evaluate in the state x = 2: <<0, 1>> has no element 3.
Broken == []<>(<<0, 1>>[x + 1] = 0)
====

---- MODULE Accepted ----
\* Definitions that look wrong in level but that SANY accepts (TLC 2.18 runs the model).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Wrap(a) == []a
Boxed == Wrap(x' = x)
Functions == [i \in {1} |-> [](x = i)]
Condition == IF [](x = 0) THEN x' = 0 ELSE TRUE
Exists == \E i \in {1, 2} : [](x = i)
Records == [a |-> <>(x = 1)]
EnabledConstant == ENABLED 1
Unchanged == UNCHANGED 1
Fine == INSTANCE Constants WITH C <- x
Inv == Fine!Double = 2 * x
Succ(a) == a + 1
Plus == INSTANCE Ops WITH F <- Succ
ASSUME Plus!Def = 2
Unused(a) == LET Later == a' IN a
Quiet == INSTANCE Ops WITH F <- Unused
ASSUME Quiet!Def = 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == []<>(x = 2)
====

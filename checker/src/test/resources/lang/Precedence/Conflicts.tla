---- MODULE Conflicts ----
EXTENDS Naturals, TLC
VARIABLE x
Mixed == x = 0 /\ x = 1 \/ x = 2
Chain == 1 = 2 = 3
Member == x \in {1} \in {TRUE}
Domain == DOMAIN (1 :> 2) \X {3}
Powerset == SUBSET {1} \X {2}
Minus == 2 * -1
Primed == UNCHANGED x'
Quotient == 8 \div 4 \div 2
Init == x = 0
Next == x' = x
====

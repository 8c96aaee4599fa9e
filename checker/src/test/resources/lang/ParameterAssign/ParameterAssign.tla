---- MODULE ParameterAssign ----
\* Operators that assign variables through their parameters, as TLC allows:
\* s' = e for s bound to q, n = e for n bound to q', and s = e for s bound to q in Init.
EXTENDS Naturals, Sequences
VARIABLE q
Fill(s) == s = <<1, 2>>
Drop(s) == s # <<>> /\ s' = Tail(s)
Put(n) == n = Append(q, 3)
Init == Fill(q)
Next == \/ Drop(q)
        \/ Len(q) < 2 /\ Put(q')
====

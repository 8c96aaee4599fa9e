---- MODULE Lazy ----
EXTENDS Naturals, TLC
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n-1]
cnt[n \in 0..4] == [k \in 0..n |-> IF k = 0 THEN 1 ELSE cnt[n][k-1] + 1]
RECURSIVE Odd(_)
even[n \in Nat] == IF n = 0 THEN TRUE ELSE Odd(n-1)
Odd(n) == IF n = 0 THEN FALSE ELSE even[n-1]
tri == LET t[n \in 0..5] == [k \in 0..n |-> IF k = 0 THEN n ELSE t[n][k-1] + k] IN t[5]
pair[n \in 0..3] == <<n, IF n = 0 THEN 0 ELSE pair[n-1][1] + pair[n-1][2]>>
ASSUME PrintT(fact[5])
ASSUME PrintT(cnt[3])
ASSUME PrintT(cnt[3][2])
ASSUME PrintT(tri)
ASSUME PrintT(even[7])
ASSUME PrintT(pair)
ASSUME PrintT(LET g[n \in Nat] == IF n < 2 THEN n ELSE g[n-1] + g[n-2] IN g[10])
tc[n \in 0..2] == [a, b \in {1, 2} |-> IF n = 0 THEN a < b ELSE tc[n-1][a, b] \/ tc[n-1][b, a]]
ASSUME PrintT(tc[2])
ASSUME PrintT(LET r[n \in 0..1] == [a \in {1, 2}, b \in {3} |-> IF n = 0 THEN a + b ELSE r[n-1][a, b] * 2] IN r[1])
TC(R, S) == LET t[n \in 0..1] == [a, b \in S |-> IF n = 0 THEN R[a, b] ELSE t[n-1][a, b] \/ t[n-1][b, a]] IN t[1]
ASSUME PrintT(TC([a, b \in {1, 2} |-> a < b], {1, 2}))
Reach(S, s) == LET cr[n \in 0..2, v \in S] == IF n = 0 THEN v = s ELSE cr[n-1, v] \/ (v - 1 \in S /\ cr[n-1, v - 1]) IN [v \in S |-> cr[2, v]]
ASSUME PrintT(Reach(1..4, 1))
====

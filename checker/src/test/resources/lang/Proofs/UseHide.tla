---- MODULE UseHide ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = x
Op(a) == a + 1
THEOREM Safe == N = N
ASSUME Positive == N > 0
USE Safe, Positive, N > 0 DEF Init, Next, +
HIDE Safe, Positive
HIDE DEF Op
USE DEF x
HIDE Init
USE Op(1, 2)
USE Missing
====

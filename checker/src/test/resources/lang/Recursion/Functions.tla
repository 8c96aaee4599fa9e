---- MODULE Functions ----
\* Recursive functions over an interval or a product of intervals keep their values by the
\* argument's position in the domain; over other domains, by the argument. Values, recursion
\* through the function, negative bounds, and bodies that read a variable (values per state).
EXTENDS Integers
VARIABLE x

fact[n \in 0..10] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
fib[n \in 1..20] == IF n <= 2 THEN 1 ELSE fib[n - 1] + fib[n - 2]
paths[<<i, j>> \in (0..3) \X (0..4)] ==
  IF i = 0 \/ j = 0 THEN 1 ELSE paths[<<i - 1, j>>] + paths[<<i, j - 1>>]
shifted[<<i, j>> \in (-2..1) \X (5..6)] == 10 * i + j + x
named[s \in {"a", "b"}] == IF s = "a" THEN x ELSE named["a"] + 1

ASSUME /\ fact[10] = 3628800 /\ fact[0] = 1
       /\ fib[20] = 6765
       /\ paths[<<3, 4>>] = 35 /\ paths[<<0, 4>>] = 1
       /\ <<4, 0>> \notin DOMAIN paths

Init == x = 0
Next == x' = (x + 1) % 4
Inv == /\ shifted[<<-2, 5>>] = -15 + x
       /\ shifted[<<1, 6>>] = 16 + x
       /\ \A i \in -2..1, j \in 5..6 : shifted[<<i, j>>] = 10 * i + j + x
       /\ named["b"] = x + 1
====

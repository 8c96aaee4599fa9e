---- MODULE TlcExt ----
\* TLCExt: AssertEq, AssertError, TLCModelValue; RandomElement and TLCEval from TLC.
EXTENDS Naturals, TLC, TLCExt
VARIABLE x
ASSUME /\ AssertEq(1 + 1, 2)
       /\ ~AssertEq(1, 2)
       /\ AssertError("CHOOSE found no element", CHOOSE n \in {} : TRUE)
       /\ ~AssertError("anything", 1 + 1)
       /\ TLCModelValue("m") = TLCModelValue("m")
       /\ TLCModelValue("m") # "m"
       /\ RandomElement(1..5) \in 1..5
       /\ TLCEval(2 * 21) = 42
       /\ TLCNoOp(3) = 3
Init == x = RandomElement({7})
Next == UNCHANGED x
====

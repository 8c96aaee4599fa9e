---- MODULE Proofs ----
\* Theorems, lemmas and structured proofs are parsed and ignored; the model still checks.
EXTENDS Naturals, ProofLib
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
TypeOK == x \in 0..3

THEOREM TypeCorrect == Init /\ [][Next]_x => []TypeOK
<1>1. Init => TypeOK
  BY DEF Init, TypeOK
<1>2. ASSUME TypeOK, [Next]_x
      PROVE  TypeOK'
  <2>1. CASE Next
    BY <2>1 DEF Next, TypeOK
  <2>2. CASE UNCHANGED x
    OBVIOUS
  <2>3. QED
    BY <2>1, <2>2
<1>3. QED
  PROOF BY <1>1, <1>2, PTL

LEMMA Arith == ASSUME NEW n \in Nat, n > 0
               PROVE  n - 1 \in Nat
  <1> SUFFICES n >= 1
    OBVIOUS
  <1> DEFINE m == n - 1
  <1>a. m \in Nat
    BY SMTT(30)
  <1> QED
    BY <1>a

PROPOSITION ASSUME NEW S PROVE S \subseteq S
  OBVIOUS

COROLLARY Twice == \A n \in Nat : n + n = 2 * n
  <1> TAKE n \in Nat
  <1> WITNESS 2 \in Nat
  <1> HIDE DEF TypeOK
  <1> USE DEF Init
  <1> QED OMITTED

USE DEF TypeOK
HIDE DEF Next
Inv == TypeOK /\ Trivial
====

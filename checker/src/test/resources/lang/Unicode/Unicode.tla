---- MODULE Unicode ----
\* The Unicode symbols of SANY (TLC 2.18), each the same operator as its ASCII spelling.
EXTENDS Naturals, Integers, Sequences, TLC
VARIABLE x
Sq(n) ≜ n * n
a ⊕ b ≜ a + b
a ‖ b ≜ a - b
a ≔ b ≜ a = b
a ⩴ b ≜ a ≠ b
a ⁺ ≜ a + 1
ASSUME ∀ n ∈ 1 ‥ 3 : ∃ m ∈ 0 ‥ 5 : m = n
ASSUME ¬ FALSE ∧ (TRUE ∨ FALSE) ∧ (FALSE ⇒ TRUE) ∧ (TRUE ⇔ TRUE) ∧ (TRUE ≡ TRUE)
ASSUME 1 ∉ {2} ∧ 1 ≠ 2 ∧ 1 ≤ 2 ∧ 2 ≥ 1 ∧ {1} ⊆ {1} ∧ {1} ∩ {2} = {} ∧ {1} ∪ {2} = {1, 2}
ASSUME ⟨1, 2⟩ = <<1, 2>> ∧ [i ∈ {1} ↦ i] = <<1>> ∧ [{1} → {2}] = {<<2>>}
ASSUME 1 ⊕ 2 = 3 ∧ 5 ‖ 2 = 3 ∧ (1 ≔ 1) ∧ (1 ⩴ 2) ∧ 2⁺ = 3
ASSUME {1} × {2} = {<<1, 2>>} ∧ -3 ∈ Int
ASSUME 7 ÷ 2 = 3 ∧ Sq(3) = 9
Init ≜ x = 0
Next ≜ x < 2 ∧ x' = x + 1
Spec ≜ Init ∧ □[Next]_x ∧ WF_x(Next)
Live ≜ ◇(x = 2)
Lead ≜ (x = 0) ↝ (x = 2)
====

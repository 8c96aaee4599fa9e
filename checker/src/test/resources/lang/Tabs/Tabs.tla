---- MODULE Tabs ----
\* Bulleted lists aligned with tab characters. SANY (TLC 2.18) puts tab stops every 8 columns
\* (a tab moves to column 9, 17, ...): each case below parses differently with any other width.
EXTENDS Naturals
VARIABLE x
TOK ==	/\ x \in
	 0..9
Q ==	/\ x > 2
	/\ x > 5
        => FALSE
R == 	\/ x = 0
  	\/ x > 0
Init == x = 0
Next ==	x < 9 /\ x' = x + 1
====

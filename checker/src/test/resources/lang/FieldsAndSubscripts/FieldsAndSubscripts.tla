---- MODULE FieldsAndSubscripts ----
(* SANY (TLC 2.18) takes keywords as field names after '.', in EXCEPT paths and as the first
   field of a record; identifiers may start with '_' (* nested comment *); a subscript may name a
   definition of an instance. *)
EXTENDS Naturals, Sequences
VARIABLES x, y
_Sys == INSTANCE FieldsSys
vars == <<x, y>>
r == [NEW |-> 1, a |-> 2]
s == [r EXCEPT !.NEW = 5, !.a = @ + 1]
ASSUME r.NEW = 1 /\ s.NEW = 5 /\ s.a = 3 /\ [SF_ |-> 7].SF_ = 7 \* comment (* not closed
ASSUME "a\"b\\c\td" = "a\"b\\c\td" /\ Len("a\"b\\c\td") = 7
Init == x = 0 /\ y = 0
Move == x < 2 /\ x' = x + 1 /\ UNCHANGED y
Spec == Init /\ [][Move]__Sys!vars /\ WF__Sys!vars(Move) /\ WF_<<x, y>>(Move)
Boxed == [][Move]_<<x, y>>
Done == <>(x = 2)
====

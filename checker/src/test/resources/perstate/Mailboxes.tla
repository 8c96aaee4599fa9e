---- MODULE Mailboxes ----
\* Definitions with arguments that search or build a set are kept per argument list for the
\* state they were last applied in (CallNodes.OpCall#byArgs). The actions ask for them with
\* several arguments, in guards, in updates and primed, so a value kept for the wrong
\* arguments or the wrong state would change the successors, and so the counts.
EXTENDS Naturals, FiniteSets
VARIABLE msgs
Procs == {1, 2, 3}
Vals == {0, 1}

To(p) == {m \in msgs : m[1] = p}
Has(p, v) == \E m \in msgs : m = <<p, v>>
Holding(box) == {p \in Procs : \E m \in box : m[1] = p}

Init == msgs = {}

Send(p, v) ==
  /\ ~Has(p, v)
  /\ Cardinality(To(p)) < 2
  /\ msgs' = msgs \cup {<<p, v>>}
  /\ Cardinality(To(p)') = Cardinality(To(p)) + 1

\* Receives the message whose value is one less than the number waiting.
Recv(p) ==
  /\ To(p) /= {}
  /\ \E m \in To(p) :
       /\ m[2] = Cardinality(To(p)) - 1
       /\ msgs' = msgs \ {m}

Next == \E p \in Procs : (\E v \in Vals : Send(p, v)) \/ Recv(p)

Spec == Init /\ [][Next]_msgs

\* The same facts computed without the kept definitions.
Counted == \A p \in Procs : Cardinality(To(p)) = Cardinality({v \in Vals : <<p, v>> \in msgs})
Held == \A p \in Procs : (p \in Holding(msgs)) = (To(p) /= {})
====

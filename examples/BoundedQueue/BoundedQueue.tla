----------------------------- MODULE BoundedQueue -----------------------------
(***************************************************************************)
(* Producers and consumers share a bounded FIFO buffer.  A ready producer  *)
(* sends one message, or two at once when there is room for both; when the *)
(* buffer is full it blocks until a consumer takes something out.          *)
(* Consumers take one message, or two at once, and count what they have   *)
(* received from each producer.                                            *)
(*                                                                         *)
(* The example exercises records, nested EXCEPT paths and the Sequences   *)
(* module.  Producers send forever: the cfg's CONSTRAINT bounds the        *)
(* search, so TLC explores only states where nobody has sent more than     *)
(* MaxSent messages.                                                       *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Producers,   \* a set of model values
          Consumers,   \* a set of model values
          Capacity,    \* how many messages the buffer holds
          MaxSent      \* used only by the state constraint SendLimit

ASSUME Capacity \in Nat /\ Capacity >= 2

VARIABLES buf,    \* the buffer: a sequence of messages, oldest first
          prod,   \* prod[p] is a record [state |-> "ready" or "blocked", sent |-> n]
          got     \* got[c][p]: how many messages consumer c received from producer p

vars == <<buf, prod, got>>

Msg == [from : Producers, seq : Nat]

\* The n-th message of producer p.
M(p, n) == [from |-> p, seq |-> n]

TypeOK == /\ Len(buf) <= Capacity
          /\ \A i \in 1 .. Len(buf) : buf[i] \in Msg
          /\ prod \in [Producers -> [state : {"ready", "blocked"}, sent : Nat]]
          /\ got \in [Consumers -> [Producers -> Nat]]

Init == /\ buf = <<>>
        /\ prod = [p \in Producers |-> [state |-> "ready", sent |-> 0]]
        /\ got = [c \in Consumers |-> [p \in Producers |-> 0]]

SendOne(p) ==
    /\ prod[p].state = "ready"
    /\ Len(buf) < Capacity
    /\ buf' = Append(buf, M(p, prod[p].sent + 1))
    /\ prod' = [prod EXCEPT ![p].sent = @ + 1]
    /\ UNCHANGED got

SendTwo(p) ==
    /\ prod[p].state = "ready"
    /\ Len(buf) + 2 <= Capacity
    /\ LET n == prod[p].sent
       IN  buf' = buf \o <<M(p, n + 1), M(p, n + 2)>>
    /\ prod' = [prod EXCEPT ![p].sent = @ + 2]
    /\ UNCHANGED got

Block(p) ==
    /\ prod[p].state = "ready"
    /\ Len(buf) = Capacity
    /\ prod' = [prod EXCEPT ![p].state = "blocked"]
    /\ UNCHANGED <<buf, got>>

\* Taking messages makes room, so every blocked producer becomes ready.
WakeAll == [p \in Producers |-> [prod[p] EXCEPT !.state = "ready"]]

TakeOne(c) ==
    /\ buf # <<>>
    /\ LET m == Head(buf)
       IN  got' = [got EXCEPT ![c][m.from] = @ + 1]
    /\ buf' = Tail(buf)
    /\ prod' = WakeAll

(***************************************************************************)
(* When both messages come from the same producer, both updates apply:     *)
(* [f EXCEPT ![a] = e1, ![b] = e2] means [[f EXCEPT ![a] = e1] EXCEPT      *)
(* ![b] = e2], and the second @ is the value after the first update.       *)
(***************************************************************************)
TakeTwo(c) ==
    /\ Len(buf) >= 2
    /\ LET two == SubSeq(buf, 1, 2)
       IN  got' = [got EXCEPT ![c][two[1].from] = @ + 1,
                              ![c][two[2].from] = @ + 1]
    /\ buf' = SubSeq(buf, 3, Len(buf))
    /\ prod' = WakeAll

Next == \/ \E p \in Producers : SendOne(p) \/ SendTwo(p) \/ Block(p)
        \/ \E c \in Consumers : TakeOne(c) \/ TakeTwo(c)

Spec == Init /\ [][Next]_vars

\* The state constraint named in the cfg.
SendLimit == \A p \in Producers : prod[p].sent <= MaxSent

\* How many of p's messages are still in the buffer.
InBuffer(p) == Cardinality({i \in 1 .. Len(buf) : buf[i].from = p})

\* How many of p's messages the consumers received, summed by a recursive function.
Received(p) ==
    LET total[S \in SUBSET Consumers] ==
            IF S = {} THEN 0
            ELSE LET c == CHOOSE x \in S : TRUE
                 IN  got[c][p] + total[S \ {c}]
    IN  total[Consumers]

\* No message is lost or delivered twice.
NothingLost == \A p \in Producers : prod[p].sent = InBuffer(p) + Received(p)

\* Each producer's messages wait in the buffer in the order they were sent.
FifoOrder == \A i, j \in 1 .. Len(buf) :
                (i < j /\ buf[i].from = buf[j].from) => buf[i].seq < buf[j].seq

\* A producer blocks only on a full buffer, and stays blocked only while it is full.
BlockedOnlyWhenFull ==
    \A p \in Producers : prod[p].state = "blocked" => Len(buf) = Capacity
=============================================================================

--------------------------------- MODULE ATM ---------------------------------
(***************************************************************************)
(* Two cash machines serve one bank account.  A machine first checks the   *)
(* balance and approves or declines the withdrawal; later it dispenses the *)
(* cash and debits the account.  The Assert in Dispense states what the    *)
(* programmer believed: an approved withdrawal is always covered by the    *)
(* balance.  It is not, because both machines can approve against the     *)
(* same balance before either one debits it.                               *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC

CONSTANTS Machines,   \* the cash machines: a set of model values
          Opening     \* the opening balance of the account

ASSUME Opening \in Nat

Amounts == {3, 6}     \* what a customer may ask for

VARIABLES balance,    \* the account balance
          pc,         \* pc[m] is "idle", "approved", "declined" or "done"
          amount      \* amount[m] is what the customer at machine m asked for

vars == <<balance, pc, amount>>

Init == /\ balance = Opening
        /\ pc = [m \in Machines |-> "idle"]
        /\ amount \in [Machines -> Amounts]

Check(m) ==
    /\ pc[m] = "idle"
    /\ pc' = [pc EXCEPT ![m] = IF balance >= amount[m] THEN "approved"
                                                       ELSE "declined"]
    /\ UNCHANGED <<balance, amount>>

Dispense(m) ==
    /\ pc[m] = "approved"
    /\ Assert(balance >= amount[m],
              "overdraft: machine " \o ToString(m) \o " pays out more than the balance")
    /\ balance' = balance - amount[m]
    /\ pc' = [pc EXCEPT ![m] = "done"]
    /\ UNCHANGED amount

Next == \E m \in Machines : Check(m) \/ Dispense(m)

Spec == Init /\ [][Next]_vars
=============================================================================

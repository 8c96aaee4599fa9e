package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/ATM/ATM.tla with ATM.cfg (Machines = {m1, m2}, Opening = 10, CHECK_DEADLOCK FALSE).
 * Machine m1 is index 0 and m2 index 1.
 */
final class AtmOracle implements OracleModel<AtmOracle.Bank> {

  /** VARIABLES balance, pc, amount */
  record Bank(int balance, List<String> pc, List<Integer> amount) {}

  private static final int MACHINES = 2;
  private static final int OPENING = 10;
  // Amounts == {3, 6}
  private static final int[] AMOUNTS = {3, 6};

  // Init == balance = Opening /\ pc = [m \in Machines |-> "idle"]
  //         /\ amount \in [Machines -> Amounts]
  @Override
  public List<Bank> initialStates() {
    List<Bank> out = new ArrayList<>();
    for (int a1 : AMOUNTS) {
      for (int a2 : AMOUNTS) {
        out.add(new Bank(OPENING, List.of("idle", "idle"), List.of(a1, a2)));
      }
    }
    return out;
  }

  // Next == \E m \in Machines : Check(m) \/ Dispense(m)
  @Override
  public List<Bank> successors(Bank s) {
    List<Bank> out = new ArrayList<>();
    for (int m = 0; m < MACHINES; m++) {
      // Check(m) == pc[m] = "idle"
      //   /\ pc' = [pc EXCEPT ![m] = IF balance >= amount[m] THEN "approved" ELSE "declined"]
      //   /\ UNCHANGED <<balance, amount>>
      if (s.pc().get(m).equals("idle")) {
        String verdict = s.balance() >= s.amount().get(m) ? "approved" : "declined";
        out.add(new Bank(s.balance(), OracleModel.except(s.pc(), m, verdict), s.amount()));
      }
      // Dispense(m) == pc[m] = "approved"
      //   /\ Assert(balance >= amount[m], "overdraft: ...")
      //   /\ balance' = balance - amount[m] /\ pc' = [pc EXCEPT ![m] = "done"] /\ UNCHANGED amount
      if (s.pc().get(m).equals("approved")) {
        if (!(s.balance() >= s.amount().get(m))) {
          throw new AssertFailure("overdraft: machine m" + (m + 1));
        }
        out.add(new Bank(s.balance() - s.amount().get(m), OracleModel.except(s.pc(), m, "done"),
            s.amount()));
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Bank>> invariants() {
    return new LinkedHashMap<>(); // the cfg checks no invariant
  }

  @Override
  public boolean checkDeadlock() {
    return false; // CHECK_DEADLOCK FALSE
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("Machines\\s*=\\s*\\{\\s*m1\\s*,\\s*m2\\s*\\}", "Opening\\s*=\\s*10\\s*$",
        "SPECIFICATION\\s+Spec\\s", "CHECK_DEADLOCK\\s+FALSE");
  }
}

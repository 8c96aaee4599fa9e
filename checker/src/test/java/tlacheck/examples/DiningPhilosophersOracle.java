package tlacheck.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/DiningPhilosophers/DiningPhilosophers.tla with DiningPhilosophers.cfg (N = 3).
 * Philosopher p and fork f of the spec (1 .. N) are indices p - 1 and f - 1; holder values stay
 * as in the spec (0 is Nobody, p is philosopher p).
 */
final class DiningPhilosophersOracle implements OracleModel<DiningPhilosophersOracle.Table> {

  /** VARIABLES state, holder */
  record Table(List<String> state, List<Integer> holder) {}

  private static final int N = 3;
  private static final int NOBODY = 0;

  // LeftFork(p) == p ; RightFork(p) == IF p = N THEN 1 ELSE p + 1   (as 0-based indices)
  private static int leftFork(int p) {
    return p;
  }

  private static int rightFork(int p) {
    return p == N - 1 ? 0 : p + 1;
  }

  // Init == state = [p \in Phils |-> "thinking"] /\ holder = [f \in Phils |-> Nobody]
  @Override
  public List<Table> initialStates() {
    return List.of(new Table(List.copyOf(Collections.nCopies(N, "thinking")),
        List.copyOf(Collections.nCopies(N, NOBODY))));
  }

  // Next == \E p \in Phils : TakeLeft(p) \/ TakeRight(p) \/ PutDown(p)
  @Override
  public List<Table> successors(Table s) {
    List<Table> out = new ArrayList<>();
    for (int p = 0; p < N; p++) {
      int who = p + 1; // the value the spec stores in holder
      // TakeLeft(p) == state[p] = "thinking" /\ holder[LeftFork(p)] = Nobody
      //                /\ holder' = [holder EXCEPT ![LeftFork(p)] = p]
      //                /\ state' = [state EXCEPT ![p] = "waiting"]
      if (s.state().get(p).equals("thinking") && s.holder().get(leftFork(p)) == NOBODY) {
        out.add(new Table(OracleModel.except(s.state(), p, "waiting"),
            OracleModel.except(s.holder(), leftFork(p), who)));
      }
      // TakeRight(p) == state[p] = "waiting" /\ holder[RightFork(p)] = Nobody
      //                 /\ holder' = [holder EXCEPT ![RightFork(p)] = p]
      //                 /\ state' = [state EXCEPT ![p] = "eating"]
      if (s.state().get(p).equals("waiting") && s.holder().get(rightFork(p)) == NOBODY) {
        out.add(new Table(OracleModel.except(s.state(), p, "eating"),
            OracleModel.except(s.holder(), rightFork(p), who)));
      }
      // PutDown(p) == state[p] = "eating"
      //               /\ holder' = [holder EXCEPT ![LeftFork(p)] = Nobody, ![RightFork(p)] = Nobody]
      //               /\ state' = [state EXCEPT ![p] = "thinking"]
      if (s.state().get(p).equals("eating")) {
        List<Integer> holder = OracleModel.except(s.holder(), leftFork(p), NOBODY);
        holder = OracleModel.except(holder, rightFork(p), NOBODY);
        out.add(new Table(OracleModel.except(s.state(), p, "thinking"), holder));
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Table>> invariants() {
    LinkedHashMap<String, Predicate<Table>> invariants = new LinkedHashMap<>();
    // TypeOK == state \in [Phils -> {"thinking", "waiting", "eating"}]
    //           /\ holder \in [Phils -> Phils \cup {Nobody}]
    invariants.put("TypeOK", s -> s.state().stream()
            .allMatch(v -> List.of("thinking", "waiting", "eating").contains(v))
        && s.holder().stream().allMatch(h -> 0 <= h && h <= N));
    // EatsWithTwoForks == \A p \in Phils : state[p] = "eating" =>
    //                        holder[LeftFork(p)] = p /\ holder[RightFork(p)] = p
    invariants.put("EatsWithTwoForks", s -> {
      for (int p = 0; p < N; p++) {
        if (s.state().get(p).equals("eating")
            && !(s.holder().get(leftFork(p)) == p + 1 && s.holder().get(rightFork(p)) == p + 1)) {
          return false;
        }
      }
      return true;
    });
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("CONSTANT\\s+N\\s*=\\s*3\\s*$", "SPECIFICATION\\s+Spec\\s",
        "INVARIANTS\\s+TypeOK\\s+EatsWithTwoForks", "CHECK_DEADLOCK\\s+TRUE");
  }
}

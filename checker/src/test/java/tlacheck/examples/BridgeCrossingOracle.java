package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/BridgeCrossing/BridgeCrossing.tla with BridgeCrossing.cfg (Deadline = 17,
 * CHECK_DEADLOCK FALSE). A set of people is a bit mask: bit 0 Ann, 1 Bob, 2 Cid, 3 Dee.
 */
final class BridgeCrossingOracle implements OracleModel<BridgeCrossingOracle.Bridge> {

  /** VARIABLES near, torch, clock */
  record Bridge(int near, String torch, int clock) {}

  private static final int DEADLINE = 17;
  private static final int PEOPLE = 0b1111;
  // Minutes == [Ann |-> 1, Bob |-> 2, Cid |-> 5, Dee |-> 10]
  private static final int[] MINUTES = {1, 2, 5, 10};

  // Slowest(group) == CHOOSE t \in {Minutes[p] : p \in group} : \A p \in group : Minutes[p] <= t
  private static int slowest(int group) {
    int t = 0;
    for (int p = 0; p < 4; p++) {
      if ((group & (1 << p)) != 0) {
        t = Math.max(t, MINUTES[p]);
      }
    }
    return t;
  }

  // Init == near = People /\ torch = "near" /\ clock = 0
  @Override
  public List<Bridge> initialStates() {
    return List.of(new Bridge(PEOPLE, "near", 0));
  }

  // Next == \E group \in SUBSET People : Cross(group)
  @Override
  public List<Bridge> successors(Bridge s) {
    List<Bridge> out = new ArrayList<>();
    for (int group = 0; group <= PEOPLE; group++) {
      // Cross(group) ==
      //   /\ Cardinality(group) \in {1, 2}
      //   /\ clock + Slowest(group) <= Deadline
      //   /\ IF torch = "near"
      //        THEN group \subseteq near /\ near' = near \ group /\ torch' = "far"
      //        ELSE group \subseteq People \ near /\ near' = near \cup group /\ torch' = "near"
      //   /\ clock' = clock + Slowest(group)
      int size = Integer.bitCount(group);
      if (size < 1 || size > 2 || s.clock() + slowest(group) > DEADLINE) {
        continue;
      }
      int clock = s.clock() + slowest(group);
      if (s.torch().equals("near")) {
        if ((group & ~s.near()) == 0) {
          out.add(new Bridge(s.near() & ~group, "far", clock));
        }
      } else {
        int far = PEOPLE & ~s.near();
        if ((group & ~far) == 0) {
          out.add(new Bridge(s.near() | group, "near", clock));
        }
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Bridge>> invariants() {
    LinkedHashMap<String, Predicate<Bridge>> invariants = new LinkedHashMap<>();
    // TypeOK == near \subseteq People /\ torch \in {"near", "far"} /\ clock \in 0 .. Deadline
    invariants.put("TypeOK", s -> (s.near() & ~PEOPLE) == 0
        && (s.torch().equals("near") || s.torch().equals("far"))
        && 0 <= s.clock() && s.clock() <= DEADLINE);
    // NotSolved == near # {}
    invariants.put("NotSolved", s -> s.near() != 0);
    return invariants;
  }

  @Override
  public boolean checkDeadlock() {
    return false; // CHECK_DEADLOCK FALSE
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("Deadline\\s*=\\s*17\\s*$", "SPECIFICATION\\s+Spec\\s",
        "INVARIANTS\\s+TypeOK\\s+NotSolved", "CHECK_DEADLOCK\\s+FALSE");
  }
}

package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/** examples/ThreeJugs/ThreeJugs.tla with ThreeJugs.cfg. Jug j of the spec is index j - 1. */
final class ThreeJugsOracle implements OracleModel<List<Integer>> {

  // Capacity == <<8, 5, 3>>
  private static final int[] CAPACITY = {8, 5, 3};
  // Share == 4
  private static final int SHARE = 4;

  // Init == contents = (1 :> 8) @@ (2 :> 0) @@ (3 :> 0)
  @Override
  public List<List<Integer>> initialStates() {
    return List.of(List.of(8, 0, 0));
  }

  // Next == \E <<from, to>> \in Jugs \X Jugs : from # to /\ Pour(from, to)
  @Override
  public List<List<Integer>> successors(List<Integer> contents) {
    List<List<Integer>> out = new ArrayList<>();
    for (int from = 0; from < 3; from++) {
      for (int to = 0; to < 3; to++) {
        if (from == to) {
          continue;
        }
        // Pour(from, to) ==
        //   LET amount == Min(contents[from], Capacity[to] - contents[to])
        //   IN  /\ amount > 0
        //       /\ contents' = [contents EXCEPT ![from] = @ - amount, ![to] = @ + amount]
        int amount = Math.min(contents.get(from), CAPACITY[to] - contents.get(to));
        if (amount > 0) {
          List<Integer> poured = OracleModel.except(contents, from, contents.get(from) - amount);
          out.add(OracleModel.except(poured, to, poured.get(to) + amount));
        }
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<List<Integer>>> invariants() {
    LinkedHashMap<String, Predicate<List<Integer>>> invariants = new LinkedHashMap<>();
    // TypeOK == contents \in [Jugs -> 0 .. 8]
    invariants.put("TypeOK", c -> c.stream().allMatch(v -> 0 <= v && v <= 8));
    // WineKept == contents[1] + contents[2] + contents[3] = 8
    invariants.put("WineKept", c -> c.get(0) + c.get(1) + c.get(2) == 8);
    // NotSolved == ~(contents[1] = Share /\ contents[2] = Share)
    invariants.put("NotSolved", c -> !(c.get(0) == SHARE && c.get(1) == SHARE));
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("INIT\\s+Init", "NEXT\\s+Next", "INVARIANTS\\s+TypeOK\\s+WineKept\\s+NotSolved");
  }
}

package tlacheck.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/TokenRing/TokenRing.tla (EXTENDS RingBase.tla) with TokenRing.cfg (N = 4, K = 4,
 * MaxFaults = 2). Node i of the spec (0 .. N-1) is index i.
 */
final class TokenRingOracle implements OracleModel<TokenRingOracle.Ring> {

  /** VARIABLES c, faults */
  record Ring(List<Integer> c, int faults) {}

  private static final int N = 4;
  private static final int K = 4;
  private static final int MAX_FAULTS = 2;

  // RingBase: Pred(i) == IF i = 0 THEN N - 1 ELSE i - 1
  private static int pred(int i) {
    return i == 0 ? N - 1 : i - 1;
  }

  // RingBase: Inc(v) == (v + 1) % K
  private static int inc(int v) {
    return (v + 1) % K;
  }

  // Privileged(i) == IF i = 0 THEN c[0] = c[Pred(0)] ELSE c[i] # c[Pred(i)]
  private static boolean privileged(Ring s, int i) {
    return i == 0 ? s.c().get(0).equals(s.c().get(pred(0))) : !s.c().get(i).equals(s.c().get(pred(i)));
  }

  // Tokens == {i \in Nodes : Privileged(i)}   (its cardinality)
  private static int tokens(Ring s) {
    int count = 0;
    for (int i = 0; i < N; i++) {
      if (privileged(s, i)) {
        count++;
      }
    }
    return count;
  }

  // Init == c = [i \in Nodes |-> 0] /\ faults = 0
  @Override
  public List<Ring> initialStates() {
    return List.of(new Ring(List.copyOf(Collections.nCopies(N, 0)), 0));
  }

  // Next == \/ \E i \in Nodes : Move(i)
  //         \/ \E i \in Nodes, v \in Values : Fault(i, v)
  @Override
  public List<Ring> successors(Ring s) {
    List<Ring> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      // Move(i) == Privileged(i)
      //   /\ c' = [c EXCEPT ![i] = CASE i = 0 -> Inc(@) [] OTHER -> c[Pred(i)]]
      //   /\ UNCHANGED faults
      if (privileged(s, i)) {
        int value = i == 0 ? inc(s.c().get(i)) : s.c().get(pred(i));
        out.add(new Ring(OracleModel.except(s.c(), i, value), s.faults()));
      }
    }
    for (int i = 0; i < N; i++) {
      for (int v = 0; v < K; v++) {
        // Fault(i, v) == faults < MaxFaults /\ v # c[i]
        //   /\ c' = [c EXCEPT ![i] = v] /\ faults' = faults + 1
        if (s.faults() < MAX_FAULTS && v != s.c().get(i)) {
          out.add(new Ring(OracleModel.except(s.c(), i, v), s.faults() + 1));
        }
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Ring>> invariants() {
    LinkedHashMap<String, Predicate<Ring>> invariants = new LinkedHashMap<>();
    // TypeOK == c \in [Nodes -> Values] /\ faults \in 0 .. MaxFaults
    invariants.put("TypeOK", s -> s.c().stream().allMatch(v -> 0 <= v && v < K)
        && 0 <= s.faults() && s.faults() <= MAX_FAULTS);
    // SomeToken == Tokens # {}
    invariants.put("SomeToken", s -> tokens(s) > 0);
    // OneTokenWithoutFaults == faults = 0 => Cardinality(Tokens) = 1
    invariants.put("OneTokenWithoutFaults", s -> s.faults() != 0 || tokens(s) == 1);
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("\\bN\\s*=\\s*4\\s*$", "\\bK\\s*=\\s*4\\s*$", "MaxFaults\\s*=\\s*2\\s*$",
        "SPECIFICATION\\s+Spec\\s", "INVARIANTS\\s+TypeOK\\s+SomeToken\\s+OneTokenWithoutFaults");
  }
}

package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * examples/TrafficLight/TrafficLight.tla, with either Next (TrafficLight.cfg) or NextBuggy
 * (TrafficLightBuggy.cfg).
 */
final class TrafficLightOracle implements OracleModel<TrafficLightOracle.Light> {

  /** VARIABLES car, walk, button */
  record Light(String car, boolean walk, boolean button) {}

  private final boolean buggy;

  TrafficLightOracle(boolean buggy) {
    this.buggy = buggy;
  }

  // Init == car = "green" /\ walk = FALSE /\ button = FALSE
  @Override
  public List<Light> initialStates() {
    return List.of(new Light("green", false, false));
  }

  @Override
  public List<Light> successors(Light s) {
    List<Light> out = new ArrayList<>();
    // Press == button = FALSE /\ button' = TRUE /\ UNCHANGED <<car, walk>>
    if (!s.button()) {
      out.add(new Light(s.car(), s.walk(), true));
    }
    // Slow == car = "green" /\ button = TRUE /\ car' = "yellow" /\ UNCHANGED <<walk, button>>
    if (s.car().equals("green") && s.button()) {
      out.add(new Light("yellow", s.walk(), s.button()));
    }
    // Stop == car = "yellow" /\ car' = "red" /\ UNCHANGED <<walk, button>>
    if (s.car().equals("yellow")) {
      out.add(new Light("red", s.walk(), s.button()));
    }
    // StartWalk == car = "red" /\ walk = FALSE /\ button = TRUE /\ walk' = TRUE /\ button' = FALSE
    if (s.car().equals("red") && !s.walk() && s.button()) {
      out.add(new Light(s.car(), true, false));
    }
    // EndWalk == walk = TRUE /\ walk' = FALSE /\ UNCHANGED <<car, button>>
    if (s.walk()) {
      out.add(new Light(s.car(), false, s.button()));
    }
    if (!buggy) {
      // Go == car = "red" /\ walk = FALSE /\ car' = "green" /\ UNCHANGED <<walk, button>>
      if (s.car().equals("red") && !s.walk()) {
        out.add(new Light("green", s.walk(), s.button()));
      }
    } else {
      // GoTooSoon == car = "red" /\ car' = "green" /\ UNCHANGED <<walk, button>>
      if (s.car().equals("red")) {
        out.add(new Light("green", s.walk(), s.button()));
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Light>> invariants() {
    LinkedHashMap<String, Predicate<Light>> invariants = new LinkedHashMap<>();
    if (!buggy) {
      // TypeOK == car \in {"green", "yellow", "red"} /\ walk \in BOOLEAN /\ button \in BOOLEAN
      invariants.put("TypeOK", s -> Set.of("green", "yellow", "red").contains(s.car()));
    }
    // Safe == walk => car = "red"
    invariants.put("Safe", s -> !s.walk() || s.car().equals("red"));
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return buggy
        ? List.of("SPECIFICATION\\s+SpecBuggy", "INVARIANT\\s+Safe\\s*$")
        : List.of("SPECIFICATION\\s+Spec\\s", "INVARIANTS\\s+TypeOK\\s+Safe\\s*$");
  }
}

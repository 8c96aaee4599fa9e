package tlacheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tlacheck.json.Json;

/**
 * Derives every number in examples/manifest.json independently of the checker: each example has a
 * hand-written Java model of its spec (the *Oracle classes beside this file), explored by brute
 * force in {@link BreadthFirstOracle}, and the manifest must state exactly what that exploration
 * finds. The checker is then compared with the manifest by its {@code suite} command; this test
 * makes sure the manifest itself is right.
 */
class ExampleOraclesTest {

  /** One oracle per model name in the manifest. */
  private static final Map<String, Supplier<OracleModel<?>>> ORACLES = new LinkedHashMap<>();

  static {
    ORACLES.put("TrafficLight", () -> new TrafficLightOracle(false));
    ORACLES.put("TrafficLightBuggy", () -> new TrafficLightOracle(true));
    ORACLES.put("ThreeJugs", ThreeJugsOracle::new);
    ORACLES.put("BridgeCrossing", BridgeCrossingOracle::new);
    ORACLES.put("DiningPhilosophers", DiningPhilosophersOracle::new);
    ORACLES.put("ATM", AtmOracle::new);
    ORACLES.put("LockQueue", LockQueueOracle::new);
    ORACLES.put("BoundedQueue", BoundedQueueOracle::new);
    ORACLES.put("TokenRing", TokenRingOracle::new);
  }

  private static Path examples() {
    return tlacheck.RepoPaths.root().resolve("examples");
  }

  private record ManifestModel(String modulePath, Map<String, Object> model) {
    String name() {
      return (String) model.get("name");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ManifestModel> manifestModels() throws IOException {
    String text = Files.readString(examples().resolve("manifest.json"), StandardCharsets.UTF_8);
    Map<String, Object> manifest = (Map<String, Object>) Json.parse(text);
    List<ManifestModel> out = new ArrayList<>();
    for (Object module : (List<Object>) manifest.get("modules")) {
      Map<String, Object> m = (Map<String, Object>) module;
      for (Object model : (List<Object>) m.get("models")) {
        out.add(new ManifestModel((String) m.get("path"), (Map<String, Object>) model));
      }
    }
    return out;
  }

  @Test
  void manifestNamesExactlyTheModelsThatHaveAnOracle() throws IOException {
    TreeSet<String> inManifest = new TreeSet<>();
    for (ManifestModel model : manifestModels()) {
      assertTrue(inManifest.add(model.name()), "model listed twice: " + model.name());
    }
    assertEquals(new TreeSet<>(ORACLES.keySet()), inManifest);
  }

  @TestFactory
  Stream<DynamicTest> manifestAgreesWithBruteForce() throws IOException {
    return manifestModels().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.name(), () -> checkAgainstOracle(entry)));
  }

  private static void checkAgainstOracle(ManifestModel entry) throws IOException {
    Map<String, Object> model = entry.model();
    String name = entry.name();
    Path tla = examples().resolve(entry.modulePath());
    Path cfg = examples().resolve((String) model.get("path"));
    assertTrue(Files.isRegularFile(tla), "missing " + tla);
    assertTrue(Files.isRegularFile(cfg), "missing " + cfg);
    assertEquals("exhaustive search", model.get("mode"), name);

    Supplier<OracleModel<?>> factory = ORACLES.get(name);
    assertNotNull(factory, "no oracle for " + name);
    OracleModel<?> oracle = factory.get();

    // The oracle hard-codes the cfg's constants and checks; the cfg must still say so.
    String cfgText = Files.readString(cfg, StandardCharsets.UTF_8);
    for (String fact : oracle.cfgFacts()) {
      assertTrue(Pattern.compile(fact, Pattern.MULTILINE).matcher(cfgText).find(),
          name + ": the oracle assumes /" + fact + "/ in " + cfg.getFileName());
    }
    // Every invariant the oracle checks is defined in the spec (or a module beside it).
    String specs = allModulesBeside(tla);
    for (String invariant : oracle.invariants().keySet()) {
      assertTrue(Pattern.compile("^" + invariant + "\\s*==", Pattern.MULTILINE).matcher(specs).find(),
          name + ": no definition of " + invariant);
    }

    // "expected" is what the brute force computes, "but was" what the manifest says.
    BreadthFirstOracle.Outcome outcome = BreadthFirstOracle.check(oracle);
    assertEquals(outcome.result(), model.get("result"), name + ": manifest's result");
    if (outcome.result().equals("success")) {
      assertEquals(outcome.distinctStates(), number(model, "distinctStates"),
          name + ": manifest's distinctStates");
      assertEquals(outcome.totalStates(), number(model, "totalStates"), name + ": manifest's totalStates");
      assertEquals(outcome.stateDepth(), number(model, "stateDepth"), name + ": manifest's stateDepth");
      assertFalse(model.containsKey("violated"), name + ": a success names no invariant");
      assertFalse(model.containsKey("traceLength"), name + ": a success has no trace");
    } else {
      assertEquals(outcome.traceLength(), number(model, "traceLength"), name + ": manifest's traceLength");
      assertEquals(outcome.violated(), model.get("violated"), name + ": manifest's violated");
    }
  }

  private static long number(Map<String, Object> model, String key) {
    Object value = model.get(key);
    assertTrue(value instanceof Long, key + " must be an integer, is " + value);
    return (Long) value;
  }

  private static String allModulesBeside(Path tla) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(tla.getParent())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tla")).sorted().toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The brute force itself, on machines small enough to count by hand.

  /** A model of one integer variable, given by lambdas. */
  private record Tiny(
      List<Integer> inits,
      java.util.function.Function<Integer, List<Integer>> next,
      LinkedHashMap<String, Predicate<Integer>> invariants,
      Predicate<Integer> constraint,
      boolean checkDeadlock)
      implements OracleModel<Integer> {

    @Override
    public List<Integer> initialStates() {
      return inits;
    }

    @Override
    public List<Integer> successors(Integer state) {
      return next.apply(state);
    }

    @Override
    public boolean withinConstraint(Integer state) {
      return constraint.test(state);
    }

    @Override
    public List<String> cfgFacts() {
      return List.of();
    }
  }

  private static LinkedHashMap<String, Predicate<Integer>> invariant(String name, Predicate<Integer> p) {
    LinkedHashMap<String, Predicate<Integer>> map = new LinkedHashMap<>();
    map.put(name, p);
    return map;
  }

  @Test
  void countsDuplicateInitialAndSuccessorStates() {
    // Init == x \in {0, 0}-like duplicates: \/ x = 0 \/ x = 0 ; Next == \E i \in 1..3 : x' = (x + 1) % 2
    Tiny model = new Tiny(List.of(0, 0), x -> List.of((x + 1) % 2, (x + 1) % 2, (x + 1) % 2),
        new LinkedHashMap<>(), x -> true, true);
    // 2 initial states generated + 3 successors from each of the 2 distinct states.
    assertEquals(BreadthFirstOracle.Outcome.success(2, 8, 2), BreadthFirstOracle.check(model));
  }

  @Test
  void aModelOfInitialStatesOnlyHasDepthOne() {
    // Init == x \in 0..4 ; Next == x' = x (every state steps to itself)
    Tiny model = new Tiny(List.of(0, 1, 2, 3, 4), x -> List.of(x), new LinkedHashMap<>(), x -> true, true);
    assertEquals(BreadthFirstOracle.Outcome.success(5, 10, 1), BreadthFirstOracle.check(model));
  }

  @Test
  void statesOutsideTheConstraintAreGeneratedButNotExplored() {
    // Init == x = 0 ; Next == x' = x + 1 \/ x' = x + 2 ; CONSTRAINT x <= 3
    Tiny model = new Tiny(List.of(0), x -> List.of(x + 1, x + 2), new LinkedHashMap<>(), x -> x <= 3, true);
    // Explored 0, 1, 2, 3 (levels 1, 2, 2, 3): 1 + 4 * 2 generated; 4 and 5 are never stored.
    assertEquals(BreadthFirstOracle.Outcome.success(4, 9, 3), BreadthFirstOracle.check(model));
  }

  @Test
  void reportsTheShortestInvariantViolationAndChecksInitialStates() {
    // Init == x = 0 ; Next == x' = x + 1 \/ x' = x + 3 ; Inv == x # 6  (0 -> 3 -> 6: three states)
    Tiny model = new Tiny(List.of(0), x -> List.of(x + 1, x + 3), invariant("Inv", x -> x != 6),
        x -> x <= 10, true);
    assertEquals(BreadthFirstOracle.Outcome.safety("Inv", 3), BreadthFirstOracle.check(model));
    Tiny initialBad = new Tiny(List.of(1, 6), x -> List.of(x), invariant("Inv", x -> x != 6), x -> true, true);
    assertEquals(BreadthFirstOracle.Outcome.safety("Inv", 1), BreadthFirstOracle.check(initialBad));
  }

  @Test
  void reportsADeadlockOnlyWhenDeadlockCheckingIsOn() {
    // Init == x = 0 ; Next == x < 2 /\ x' = x + 1   (x = 2 has no successor: the trace is 0, 1, 2)
    java.util.function.Function<Integer, List<Integer>> next = x -> x < 2 ? List.of(x + 1) : List.of();
    assertEquals(BreadthFirstOracle.Outcome.deadlock(3),
        BreadthFirstOracle.check(new Tiny(List.of(0), next, new LinkedHashMap<>(), x -> true, true)));
    assertEquals(BreadthFirstOracle.Outcome.success(3, 3, 3),
        BreadthFirstOracle.check(new Tiny(List.of(0), next, new LinkedHashMap<>(), x -> true, false)));
  }

  @Test
  void anAssertFailureEndsTheTraceAtTheStateBeingExpanded() {
    // Init == x = 0 ; Next == Assert(x < 2, "too big") /\ x' = x + 1   (fails expanding x = 2)
    Tiny model = new Tiny(List.of(0), x -> {
      if (!(x < 2)) {
        throw new OracleModel.AssertFailure("too big");
      }
      return List.of(x + 1);
    }, new LinkedHashMap<>(), x -> true, true);
    BreadthFirstOracle.Outcome outcome = BreadthFirstOracle.check(model);
    assertEquals("safety failure", outcome.result());
    assertNull(outcome.violated());
    assertEquals(3, outcome.traceLength());
  }
}

package tlacheck.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.report.JsonReport;
import tlacheck.report.TlcTextReport;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * Temporal properties on small specs whose answers are worked out by hand in the comments.
 * Where a spec has several bad cycles, the one reported is the first strongly connected
 * component completed by the depth-first search (successors in the order the next-state
 * relation lists them, the stuttering step last), entered by a shortest path, as documented
 * in {@link FairCycleSearch}.
 */
class LivenessCheckerTest {
  @TempDir
  Path dir;

  private final List<String> warnings = new ArrayList<>();

  private CompiledSpec load(String module, String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/liveness/" + module + ".tla")) {
      Files.write(dir.resolve(module + ".tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve(module + ".cfg"), cfg);
    return SpecLoader.load(dir.resolve(module + ".tla"), dir.resolve(module + ".cfg"),
        new PrintStream(new ByteArrayOutputStream()));
  }

  /**
   * Checks with the graph explored after the search, and again with the graph recorded during
   * the search, its atoms evaluated on the search's thread or on a second one: all must agree.
   */
  private CheckResult check(String module, String cfg) throws IOException {
    CompiledSpec spec = load(module, cfg);
    warnings.addAll(LivenessChecker.warnings(spec));
    CheckResult safety = Explorer.check(() -> SpecModels.of(spec), SpecModels.options(false, false, 1),
        Explorer.Progress.NONE);
    CheckResult explored = LivenessChecker.check(SpecModels.of(spec), spec, safety, warnings::add);
    for (boolean pipelined : new boolean[] {false, true}) {
      CompiledSpec again = load(module, cfg);
      CompiledSpec helper = pipelined ? load(module, cfg) : null;
      LivenessChecker.Recording recording = LivenessChecker.record(SpecModels.of(again), again,
          helper == null ? null : SpecModels.of(helper), helper);
      CheckResult recordedSafety = Explorer.of(() -> SpecModels.of(again), SpecModels.options(false, false, 1),
          Explorer.Progress.NONE).observedBy(recording).explore();
      CheckResult recorded = LivenessChecker.check(SpecModels.of(again), again, recordedSafety, w -> { }, recording);
      assertEquals(describe(explored), describe(recorded), "explored and recorded graphs disagree");
    }
    return explored;
  }

  /** A result's outcome, property, counterexample states and actions, and loop, as text. */
  static String describe(CheckResult result) {
    StringBuilder out = new StringBuilder("success=" + result.success());
    for (Violation v : result.violations()) {
      out.append('\n').append(v.kind()).append(' ').append(v.name()).append(' ').append(v.message())
          .append(" loop=").append(v.loop()).append(' ').append(v.loopAction());
      for (TraceStep step : v.trace()) {
        out.append('\n').append(step.action()).append(' ').append(java.util.Arrays.toString(step.state()));
      }
    }
    return out.toString();
  }

  private static List<String> values(Violation v, int variable) {
    List<String> out = new ArrayList<>();
    for (TraceStep step : v.trace()) {
      out.add(step.state()[variable].toString());
    }
    return out;
  }

  // ---------------------------------------------------------------- Toggle: fairness per parameter

  /**
   * The counterexample is the fair loop that toggles x with y = 0: it exists only if the
   * Toggle(0) steps count as steps of the fairness condition's action (if they did not, every
   * such loop would be unfair, and the property would hold).
   */
  private static void assertTogglesForever(CheckResult result) {
    Violation v = result.first();
    assertEquals(Violation.Kind.TEMPORAL, v.kind(), () -> result.violations().toString());
    assertEquals("EventuallyOne", v.name());
    assertTrue(values(v, 1).stream().allMatch("0"::equals), () -> values(v, 1).toString());
    assertTrue(values(v, 0).contains("1"), () -> values(v, 0).toString());
    assertEquals(4, result.stats().distinct());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PerValue", "ThroughParameter", "Exists", "Either"})
  void aFairLoopOfOneParameterValue_isFoundAmongFailingOnes(String spec) throws IOException {
    assertTogglesForever(check("Toggle", "SPECIFICATION " + spec + "\nPROPERTY EventuallyOne\n"));
  }

  // ---------------------------------------------------------------- Unwitnessed: ENABLED without an edge

  @Test
  void anActionThatNoEdgeTakesIsStillEnabled() throws IOException {
    CheckResult result = check("Unwitnessed", "SPECIFICATION NeverTaken\nPROPERTY ReachesFive\n");
    assertTrue(result.success(), () -> result.violations().toString());
    assertEquals(3, result.stats().distinct());
  }

  @Test
  void anActionWhoseStepsLeaveTheConstraintIsStillEnabled() throws IOException {
    CheckResult result = check("Unwitnessed",
        "SPECIFICATION Constrained\nCONSTRAINT Below3\nCHECK_DEADLOCK FALSE\nPROPERTY ReachesSeven\n");
    assertTrue(result.success(), () -> result.violations().toString());
    assertEquals(3, result.stats().distinct());
  }

  // ---------------------------------------------------------------- Fine refines Coarse

  @Test
  void aRefinementMappingIsEvaluatedInTheStateAskedAbout() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/liveness/Coarse.tla")) {
      Files.write(dir.resolve("Coarse.tla"), in.readAllBytes()); // The module Fine instantiates.
    }
    String cfg = "SPECIFICATION Spec\nCHECK_DEADLOCK FALSE\nPROPERTY ";
    CheckResult holds = check("Fine", cfg + "HalfSpec\n");
    assertTrue(holds.success(), () -> holds.violations().toString());
    assertEquals(6, holds.stats().distinct());

    Violation v = check("Fine", cfg + "JumpySpec\n").first();
    assertEquals(Violation.Kind.ACTION_PROPERTY, v.kind(), v::toString);
    assertEquals(List.of("0", "1", "2", "3"), values(v, 0));
  }

  // ---------------------------------------------------------------- Ring: 0 -> 1 -> 2 -> 0

  @Test
  void infinitelyOften_holdsUnderWeakFairness() throws IOException {
    CheckResult result = check("Ring", "SPECIFICATION FairSpec\nPROPERTY InfinitelyOftenZero\n");
    assertTrue(result.success(), () -> result.violations().toString());
    assertEquals(3, result.stats().distinct());
    assertTrue(warnings.isEmpty(), warnings::toString);
  }

  @Test
  void recursiveLetInAProperty_bindsEveryDefinitionForEveryOther() throws IOException {
    // Down calls Step, defined after it: both must be bound before either body runs.
    CheckResult result = check("Ring", "SPECIFICATION FairSpec\nPROPERTY RecursiveLet\n");
    assertTrue(result.success(), () -> result.violations().toString());
  }

  @Test
  void aPredicateThatFailsToEvaluate_isAnEvaluationErrorAtItsLocation() throws IOException {
    // The same error whether the graph is explored, recorded, or recorded with a second thread.
    CheckResult result = check("Ring", "SPECIFICATION FairSpec\nPROPERTY Broken\n");
    Violation v = result.first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    assertTrue(v.message().contains("Ring.tla:22:16"), v.message());
  }

  @Test
  void infinitelyOften_failsByStutteringWithoutFairness() throws IOException {
    // Without fairness the counter may stop anywhere but at 0. The search runs 0 -> 1 -> 2 before it
    // tries stuttering steps, so the first bad component it completes is x = 2 stuttering: the
    // lasso is 0, 1, 2 and then State 4: Stuttering.
    CheckResult result = check("Ring", "SPECIFICATION Spec\nPROPERTY InfinitelyOftenZero\n");
    Violation v = result.first();
    assertEquals(Violation.Kind.TEMPORAL, v.kind());
    assertEquals("InfinitelyOftenZero", v.name());
    assertEquals(List.of("0", "1", "2"), values(v, 0));
    assertEquals(3, v.loop());
    assertNull(v.loopAction());
    String text = TlcTextReport.render(result, new String[] {"x"}, false);
    assertTrue(text.startsWith("Error: Temporal property InfinitelyOftenZero was violated.\n"
        + "Error: The following behavior constitutes a counter-example:\nState 1: <Initial predicate>\nx = 0\n"),
        text);
    assertTrue(text.contains("State 4: Stuttering\n"), text);
    Map<String, Object> json = JsonReport.of("Ring.tla", "Ring.cfg", result, new String[] {"x"}, 1);
    assertEquals("liveness failure", json.get("result"));
    assertEquals("temporal", ((Map<?, ?>) json.get("violation")).get("kind"));
    assertEquals(3, json.get("loop"));
    assertEquals(4, json.get("traceLength")); // TLC numbers the Stuttering line as a state
    assertTrue(warnings.stream().anyMatch(w -> w.contains("no fairness condition")), warnings::toString);
  }

  @Test
  void eventuallyAlways_failsOnTheFairCycle() throws IOException {
    // Under WF the only behaviour is 0, 1, 2, 0, ... forever, which is never stable at 2. The
    // lasso starts its cycle at the initial state: 0, 1, 2 and back to state 1 by Next.
    CheckResult result = check("Ring", "SPECIFICATION FairSpec\nPROPERTY EventuallyAlwaysTwo\n");
    Violation v = result.first();
    assertEquals(Violation.Kind.TEMPORAL, v.kind());
    assertEquals(List.of("0", "1", "2"), values(v, 0));
    assertEquals(1, v.loop());
    assertEquals("Next", v.loopAction().name());
    String text = TlcTextReport.render(result, new String[] {"x"}, false);
    assertTrue(text.contains("State 4: Back to state 1: <Next line 6, col 9 to line 6, col 24 of module Ring>\n"), text);
  }

  @Test
  void leadsTo_failsByStutteringAtOne_andHoldsWithFairness() throws IOException {
    // The only way to violate x = 1 ~> x = 2 is to stop at 1: the lasso is 0, 1, stuttering.
    Violation v = check("Ring", "SPECIFICATION Spec\nPROPERTY OneLeadsToTwo\n").first();
    assertEquals(List.of("0", "1"), values(v, 0));
    assertEquals(2, v.loop());
    assertNull(v.loopAction());
    assertTrue(check("Ring", "SPECIFICATION FairSpec\nPROPERTY OneLeadsToTwo\n").success());
  }

  @Test
  void actionProperty_failsOnTheWrappingStep() throws IOException {
    // [][x' > x]_x: the steps 0 -> 1 and 1 -> 2 are fine, 2 -> 0 is not. Shortest trace: 0, 1, 2, 0.
    CheckResult result = check("Ring", "SPECIFICATION FairSpec\nPROPERTY Increasing\n");
    Violation v = result.first();
    assertEquals(Violation.Kind.ACTION_PROPERTY, v.kind());
    assertEquals("Increasing", v.name());
    assertEquals(List.of("0", "1", "2", "0"), values(v, 0));
    assertEquals(0, v.loop());
    assertTrue(TlcTextReport.render(result, new String[] {"x"}, false)
        .startsWith("Error: Action property Increasing is violated.\nError: The behavior up to this point is:\n"));
    Map<String, Object> json = JsonReport.of("Ring.tla", "Ring.cfg", result, new String[] {"x"}, 1);
    assertEquals("liveness failure", json.get("result"));
    assertEquals("action property", ((Map<?, ?>) json.get("violation")).get("kind"));
    assertEquals(4, json.get("traceLength"));
  }

  @Test
  void specLikeProperty_checksInitialStatesAndSteps() throws IOException {
    // A property shaped like a spec: its initial predicate is checked on the initial states and its
    // [][A]_v on every step. Ring satisfies StepsRound; its initial state x = 0 violates StartsAtOne.
    assertTrue(check("Ring", "SPECIFICATION Spec\nPROPERTY StepsRound\n").success());
    Violation v = check("Ring", "SPECIFICATION Spec\nPROPERTY StartsAtOne\n").first();
    assertEquals(Violation.Kind.INITIAL_PROPERTY, v.kind());
    assertEquals(List.of("0"), values(v, 0));
  }

  // ---------------------------------------------------------------- Mutex: weak versus strong fairness

  /** Every state of the cycle has process 1 waiting (never in its critical section). */
  private static void assertStarvesProcessOne(Violation v) {
    assertEquals(Violation.Kind.TEMPORAL, v.kind());
    List<String> pcs = values(v, 0);
    for (String pc : pcs.subList(v.loop() - 1, pcs.size())) {
      assertTrue(pc.startsWith("<<\"try\""), () -> "process 1 leaves try on the cycle: " + pcs);
    }
  }

  @Test
  void noStarvation_failsWithoutFairness_byStuttering() throws IOException {
    Violation v = check("Mutex", "SPECIFICATION Spec\nPROPERTY NoStarvation\n").first();
    assertStarvesProcessOne(v);
    assertNull(v.loopAction()); // with no fairness nothing forces another step
  }

  @Test
  void noStarvation_failsUnderWeakFairness_onARealCycle() throws IOException {
    // Process 2 cycles Try, Enter, Exit while process 1 waits: Enter(1) is disabled whenever process
    // 2 holds the lock, so WF does not force it. Stopping is unfair (some Enter or Exit is enabled
    // in every state where process 1 waits), so the counterexample goes back to an earlier state.
    Violation v = check("Mutex", "SPECIFICATION WeakSpec\nPROPERTY NoStarvation\n").first();
    assertStarvesProcessOne(v);
    assertNotNull(v.loopAction());
    List<String> pcs = values(v, 0);
    assertTrue(pcs.subList(v.loop() - 1, pcs.size()).stream().anyMatch(pc -> pc.contains("\"cs\"")),
        () -> "process 2 enters on the cycle: " + pcs);
  }

  @Test
  void noStarvation_holdsUnderStrongFairness() throws IOException {
    // SF_vars(Enter(1)): Enter(1) is enabled infinitely often on the starving cycle, so it must be taken.
    CheckResult result = check("Mutex", "SPECIFICATION StrongSpec\nPROPERTY NoStarvation\n");
    assertTrue(result.success(), () -> result.violations().toString());
    // 3 * 3 values of pc, but the lock allows at most one "cs" and lock = p exactly when pc[p] = "cs": 8 states.
    assertEquals(8, result.stats().distinct());
  }

  @Test
  void enabled_inAnInvariantProperty() throws IOException {
    // ENABLED Enter(1) holds exactly when pc[1] = "try" and lock = 0.
    assertTrue(check("Mutex", "SPECIFICATION Spec\nPROPERTY EnabledWhenFree\n").success());
    // Shortest state with process 1 waiting while process 2 holds the lock: Try(2), Enter(2), Try(1).
    Violation v = check("Mutex", "SPECIFICATION Spec\nPROPERTY EnabledWhenTrying\n").first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    assertEquals("EnabledWhenTrying", v.name());
    assertEquals(4, v.trace().size());
  }

  // ---------------------------------------------------------------- scale

  @Test
  void longCycle_doesNotOverflowTheStack() throws IOException {
    CheckResult result = check("Chain", "CONSTANT N = 100000\nSPECIFICATION Spec\nPROPERTY BackToZero\n");
    assertTrue(result.success(), () -> result.violations().toString());
    assertEquals(100000, result.stats().distinct());
  }
}

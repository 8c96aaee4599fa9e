package tlacheck.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tlacheck.json.Json;
import tlacheck.run.SpecModels;
import tlacheck.spec.SpecLoader;
import tlacheck.value.IntValue;
import tlacheck.value.Value;

/**
 * The answer does not depend on the number of workers: the same counts, the same violations,
 * and the same (shortest) traces, state by state and action by action, with 1, 2 and 4 workers.
 */
class WorkersTest {
  private static final int[] WORKERS = {1, 2, 4};

  /** Everything about a result that must not depend on the worker count. */
  private static String describe(CheckResult r) {
    StringBuilder out = new StringBuilder();
    out.append(r.stats().generated()).append(' ').append(r.stats().distinct()).append(' ')
        .append(r.stats().leftOnQueue()).append(' ').append(r.stats().depth()).append(' ').append(r.complete())
        .append('\n');
    for (Violation v : r.violations()) {
      out.append(v.kind()).append(' ').append(v.name()).append(' ').append(v.message()).append('\n');
      for (TraceStep step : v.trace()) {
        out.append("  ").append(step.action() == null ? "init" : step.action().name()).append(' ')
            .append(Arrays.toString(step.state())).append('\n');
      }
    }
    return out.toString();
  }

  private static Supplier<Model> tla(Path spec, Path cfg) {
    return () -> SpecModels.of(SpecLoader.load(spec, cfg, new PrintStream(new ByteArrayOutputStream())));
  }

  private static Path resource(String name) {
    try {
      return Path.of(WorkersTest.class.getResource("/workers/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks with 1, 2 and 4 workers, asserts the results are identical, returns the 1-worker one. */
  private static CheckResult sameForEveryWorkerCount(Supplier<Model> models, boolean deadlock, boolean all) {
    CheckResult first = null;
    String expected = null;
    for (int workers : WORKERS) {
      CheckResult r = Explorer.check(models, SpecModels.options(deadlock, all, workers), Explorer.Progress.NONE);
      String actual = describe(r);
      if (expected == null) {
        first = r;
        expected = actual;
      } else {
        assertEquals(expected, actual, workers + " workers");
      }
    }
    return first;
  }

  @Test
  void invariantViolation_sameShortestTraceForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Grid.tla"), resource("Grid.cfg")), true, false);
    Violation v = r.first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    assertEquals("Near", v.name());
    assertEquals(71, v.trace().size(), "x + y = 70 is 70 steps from the origin");
    // The state the sequential search meets first (checked against the single-threaded explorer).
    Value[] last = v.trace().get(70).state();
    assertEquals(IntValue.of(60), last[0]);
    assertEquals(IntValue.of(10), last[1]);
  }

  @Test
  void allProperties_sameViolationsForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Grid.tla"), resource("Grid.cfg")), true, true);
    assertEquals(List.of("Near", "Diagonal"), r.violations().stream().map(Violation::name).toList());
    assertEquals(111, r.violations().get(1).trace().size());
    assertEquals(61 * 61, r.stats().distinct());
    // 1 initial state; x + 1 from 60 * 61 states, y + 1 from as many, the diagonal from 60 * 60.
    assertEquals(1 + 2 * 60 * 61 + 60 * 60, r.stats().generated());
  }

  @Test
  void completeSearch_sameCountsForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Grid.tla"), resource("GridOk.cfg")), true, false);
    assertTrue(r.success());
    assertEquals(61 * 61, r.stats().distinct());
    assertEquals(121, r.stats().depth());
  }

  @Test
  void evaluationError_sameTraceForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("GridError.tla"), resource("GridError.cfg")), true, false);
    Violation v = r.first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    assertEquals(41, v.trace().size(), "the first state with x + y = 40 is at level 41");
    assertFalse(r.complete());
  }

  @Test
  void deadlock_sameTraceForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Stairs.tla"), resource("Stairs.cfg")), true, false);
    Violation v = r.first();
    assertEquals(Violation.Kind.DEADLOCK, v.kind());
    assertEquals(79, v.trace().size(), "the corner is 78 steps from the initial state x = 2");
    assertEquals(IntValue.of(2), v.trace().get(0).state()[0]);
  }

  /**
   * Initial states generated in parallel: 10 values of x, 7 alternatives for y, 3 for k. Of the
   * 210 states generated, x = 0 gives one z instead of three: 7 * (1 + 9 * 3) = 196 distinct,
   * each with one (stuttering) successor.
   */
  @Test
  void manyInitialStates_sameCountsForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Starts.tla"), resource("Starts.cfg")), true, false);
    assertTrue(r.success());
    assertEquals(196, r.stats().distinct());
    assertEquals(210 + 196, r.stats().generated());
    assertEquals(1, r.stats().depth());
  }

  /** The violation reported is the first initial state in enumeration order: x = 7, y = 5, k = 1. */
  @Test
  void violatingInitialState_firstInEnumerationOrderForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Starts.tla"), resource("StartsBad.cfg")), true, false);
    Violation v = r.first();
    assertEquals("NotTwelve", v.name());
    assertEquals(1, v.trace().size());
    assertEquals(List.of(IntValue.of(7), IntValue.of(5), IntValue.of(7)), List.of(v.trace().get(0).state()));
  }

  /** States outside the constraint (y = 100) are generated but not kept: 6 * 28 distinct. */
  @Test
  void constrainedInitialStates_sameCountsForEveryWorkerCount() {
    CheckResult r = sameForEveryWorkerCount(tla(resource("Starts.tla"), resource("StartsSmall.cfg")), true, false);
    assertEquals(6 * 28, r.stats().distinct());
    assertEquals(210 + 6 * 28, r.stats().generated());
  }

  /**
   * A Java model with wide levels (up to 400 states) so that chunks and the segments of the
   * fingerprint set are really split between workers; x + y = 300 is violated by many states.
   */
  private static class Plane implements Model {
    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(new Value[] {IntValue.of(0), IntValue.of(0)}, null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      int x = ((IntValue) state[0]).value();
      int y = ((IntValue) state[1]).value();
      if (x < 400) {
        sink.accept(new Value[] {IntValue.of(x + 1), state[1]}, null);
      }
      if (y < 400) {
        sink.accept(new Value[] {state[0], IntValue.of(y + 1)}, null);
      }
      if (x > 0 && y < 400) {
        sink.accept(new Value[] {IntValue.of(x - 1), IntValue.of(y + 1)}, null);
      }
      sink.accept(state.clone(), null);
    }

    @Override
    public int invariantCount() {
      return 1;
    }

    @Override
    public String invariantName(int index) {
      return "Bounded";
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      return ((IntValue) state[0]).value() + ((IntValue) state[1]).value() < 300;
    }
  }

  /** The Plane whose invariant declares itself pure: checked as each parent is expanded. */
  private static class PurePlane extends Plane {
    @Override
    public boolean invariantsArePure() {
      return true;
    }
  }

  @Test
  void wideLevels_sameResultForEveryWorkerCount() {
    CheckResult violated = sameForEveryWorkerCount(Plane::new, true, false);
    assertEquals(301, violated.first().trace().size());
    // Each level lists its states by x descending, so (299, 0) is expanded first, to (300, 0).
    assertEquals("[300, 0]", Arrays.toString(violated.first().trace().get(300).state()));
    // Checked while expanding, a violating state is often met first as a copy in a later chunk
    // (the insert phase keeps the earliest): the answer must be the same.
    assertEquals(describe(violated), describe(sameForEveryWorkerCount(PurePlane::new, true, false)));
    assertEquals(describe(sameForEveryWorkerCount(Plane::new, true, true)),
        describe(sameForEveryWorkerCount(PurePlane::new, true, true)));
    CheckResult all = sameForEveryWorkerCount(() -> new Plane() {
      @Override
      public int invariantCount() {
        return 0;
      }
    }, true, false);
    assertTrue(all.success());
    assertEquals(401 * 401, all.stats().distinct());
  }

  @TestFactory
  @SuppressWarnings("unchecked")
  Stream<DynamicTest> examples_sameResultForEveryWorkerCount() throws IOException {
    Path folder = tlacheck.RepoPaths.root().resolve("examples");
    Map<String, Object> manifest = (Map<String, Object>) Json.parse(Files.readString(folder.resolve("manifest.json")));
    List<DynamicTest> tests = new ArrayList<>();
    for (Object m : (List<Object>) manifest.get("modules")) {
      Map<String, Object> module = (Map<String, Object>) m;
      for (Object o : (List<Object>) module.get("models")) {
        Map<String, Object> model = (Map<String, Object>) o;
        Path spec = folder.resolve((String) module.get("path"));
        Path cfg = folder.resolve((String) model.get("path"));
        tests.add(DynamicTest.dynamicTest(String.valueOf(model.get("name")), () -> {
          CheckResult r = sameForEveryWorkerCount(tla(spec, cfg), true, true);
          assertFalse(r instanceof CheckResult.TooLarge);
        }));
      }
    }
    return tests.stream();
  }
}

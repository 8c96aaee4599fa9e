package tlacheck.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tlacheck.source.Span;
import tlacheck.value.IntValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * The engine on small Java models, no TLA+ involved: counts derived by hand, labelled traces
 * rebuilt by replay, constraints at their boundary, the model's failures told from the engine's,
 * and initial states split between workers.
 */
class EngineModelsTest {
  private static Value[] state(int... values) {
    Value[] s = new Value[values.length];
    for (int i = 0; i < values.length; i++) {
      s[i] = IntValue.of(values[i]);
    }
    return s;
  }

  private static int at(Value[] state, int slot) {
    return ((IntValue) state[slot]).value();
  }

  private static ActionLabel label(String name, String parameter, int value) {
    return new ActionLabel(name, List.of(parameter), List.of(IntValue.of(value)), Span.NONE, "Test");
  }

  /** One bit that flips at every step; the invariant "the bit is 0" fails at the second state. */
  private static final class BinaryClock implements Model {
    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(state(0), null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      sink.accept(state(1 - at(state, 0)), labels ? label("Tick", "from", at(state, 0)) : null);
    }

    @Override
    public int invariantCount() {
      return 1;
    }

    @Override
    public String invariantName(int index) {
      return "BitIsZero";
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      return at(state, 0) == 0;
    }
  }

  @Test
  void binaryClock_violationTraceIsReplayedWithItsLabels() {
    CheckResult result = Explorer.check(new BinaryClock(), CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    assertInstanceOf(CheckResult.Stopped.class, result);
    Violation v = result.first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    assertEquals("BitIsZero", v.name());
    assertEquals(2, v.trace().size());
    assertEquals(null, v.trace().get(0).action());
    assertEquals("Tick(from = 0)", v.trace().get(1).action().describe());
    assertEquals(1, at(v.trace().get(1).state(), 0));
    // Initial state, then the step 0 -> 1 found the violation: 2 generated, 2 distinct; the depth
    // is, as TLC reports it, that of the deepest state found: the violating one, at level 2.
    assertEquals(new Stats(2, 2, 0, 2, result.stats().seconds()), result.stats());
  }

  /**
   * A walk on the plane from (0, 0), one step right or up, kept by a state constraint x + y <= k:
   * (k+1)(k+2)/2 states; each of them generates two successors, those on the boundary only ones
   * the constraint drops. A state whose successors are all dropped is no deadlock (as in TLC).
   */
  private static final class Staircase implements Model {
    final int k;
    int stepsAdmitted;

    Staircase(int k) {
      this.k = k;
    }

    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(state(0, 0), null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      sink.accept(state(at(state, 0) + 1, at(state, 1)), labels ? label("Right", "x", at(state, 0)) : null);
      sink.accept(state(at(state, 0), at(state, 1) + 1), labels ? label("Up", "y", at(state, 1)) : null);
    }

    @Override
    public boolean admitsStep(Value[] from, Value[] to, long changed) {
      stepsAdmitted++;
      // The engine tells which slot the step changed: exactly one, x (slot 0) or y (slot 1).
      assertTrue(changed == 1L || changed == 2L, "changed slots " + changed);
      return at(to, 0) + at(to, 1) <= k;
    }

    @Override
    public int invariantCount() {
      return 0;
    }

    @Override
    public String invariantName(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      throw new IndexOutOfBoundsException(index);
    }
  }

  @Test
  void staircase_countsSuccessorsOutsideTheConstraintAsGeneratedAndIsNoDeadlock() {
    Staircase model = new Staircase(4);
    CheckResult result = Explorer.check(model, CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    assertTrue(result.success(), () -> result.violations().toString());
    int states = 5 * 6 / 2;
    assertEquals(states, result.stats().distinct());
    assertEquals(1 + 2 * states, result.stats().generated());
    assertEquals(5, result.stats().depth()); // x + y = 0, 1, 2, 3, 4
    assertEquals(2 * states, model.stepsAdmitted);
  }

  /** Counts up from 0; the step out of {@code failAt} fails in the way the test chooses. */
  private static final class Failing implements Model {
    final int failAt;
    final RuntimeException failure;

    Failing(int failAt, RuntimeException failure) {
      this.failAt = failAt;
      this.failure = failure;
    }

    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(state(0), null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      if (at(state, 0) == failAt) {
        throw failure;
      }
      sink.accept(state(at(state, 0) + 1), labels ? label("Inc", "n", at(state, 0)) : null);
    }

    @Override
    public int invariantCount() {
      return 0;
    }

    @Override
    public String invariantName(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      throw new IndexOutOfBoundsException(index);
    }
  }

  @Test
  void aFailureOfTheModel_isAnEvaluationErrorWithTheTraceToTheStateThatFailed() {
    CheckResult result = Explorer.check(new Failing(3, new ValueException("3 has no successor")),
        CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    Violation v = result.first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    assertEquals("3 has no successor", v.message());
    assertEquals(4, v.trace().size()); // 0, 1, 2, 3: the state whose successors failed
  }

  @Test
  void theClassifierDecidesWhatIsAnAssertion_andWhatIsNotTheModelsFailure() {
    ModelError.Classifier classifier = thrown -> thrown instanceof IllegalArgumentException
        ? new ModelError(true, "asserted: " + thrown.getMessage()) : null;
    CheckOptions options = CheckOptions.of(true, false, 1).withErrors(classifier);
    Violation v = Explorer.check(new Failing(1, new IllegalArgumentException("no")), options, Explorer.Progress.NONE)
        .first();
    assertEquals(Violation.Kind.ASSERT, v.kind());
    assertEquals("asserted: no", v.message());
    // Not the model's failure: the engine does not report it as one, it propagates.
    assertThrows(UnsupportedOperationException.class, () -> Explorer.check(
        new Failing(1, new UnsupportedOperationException("a bug")), options, Explorer.Progress.NONE));
  }

  /**
   * Pairs (a, b) with a, b in 0..9 as initial states, listed a-major and split between workers by
   * a (or by the pair); each steps to (a, b + 1) while b < 12. The invariant a + b < 15 first
   * fails, in enumeration order, at the initial state (6, 9), the 70th listed.
   */
  private static final class Pairs implements Model {
    @Override
    public void initialStates(Sink sink, boolean labels) {
      for (int a = 0; a < 10; a++) {
        for (int b = 0; b < 10; b++) {
          sink.accept(state(a, b), null);
        }
      }
    }

    @Override
    public int initialPrefixes(int depth) {
      return depth == 1 ? 10 : 100;
    }

    @Override
    public void initialStatesPart(int depth, int part, int parts, PartSink sink) {
      for (int a = 0; a < 10; a++) {
        for (int b = 0; b < 10; b++) {
          int prefix = depth == 1 ? a : 10 * a + b;
          if (prefix % parts == part) {
            sink.accept(state(a, b), prefix);
          }
        }
      }
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      if (at(state, 1) < 12) {
        sink.accept(state(at(state, 0), at(state, 1) + 1), labels ? label("Up", "b", at(state, 1)) : null);
      }
    }

    @Override
    public int invariantCount() {
      return 1;
    }

    @Override
    public String invariantName(int index) {
      return "SumBelow15";
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      return at(state, 0) + at(state, 1) < 15;
    }
  }

  @Test
  void initialStatesSplitBetweenWorkers_giveTheSequentialAnswer() {
    for (int workers : new int[] {1, 2, 4}) {
      CheckResult result = Explorer.check(Pairs::new, CheckOptions.of(false, false, workers), Explorer.Progress.NONE);
      Violation v = result.first();
      assertEquals("SumBelow15", v.name(), "workers " + workers);
      assertEquals(1, v.trace().size(), "workers " + workers);
      assertEquals(6, at(v.trace().get(0).state(), 0), "workers " + workers);
      assertEquals(9, at(v.trace().get(0).state(), 1), "workers " + workers);
      // The counts are the sequential search's where it stops: 70 initial states generated.
      assertEquals(70, result.stats().generated(), "workers " + workers);
    }
  }
}

package tlacheck.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tlacheck.value.IntValue;
import tlacheck.value.Value;

/** The engine on small Java models, with counts derived by hand. */
class ExplorerTest {
  /** x counts from 0 up to a bound, or resets to 0; the invariant is x < limit. */
  private static class Counter implements Model {
    final int bound;
    final int limit;

    Counter(int bound, int limit) {
      this.bound = bound;
      this.limit = limit;
    }

    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(new Value[] {IntValue.of(0)}, null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      int x = ((IntValue) state[0]).value();
      if (x < bound) {
        sink.accept(new Value[] {IntValue.of(x + 1)}, null);
      }
      sink.accept(new Value[] {IntValue.of(0)}, null);
    }

    @Override
    public int invariantCount() {
      return 1;
    }

    @Override
    public String invariantName(int index) {
      return "Small";
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      return ((IntValue) state[0]).value() < limit;
    }
  }

  @Test
  void enumeratesEveryStateOnce_andCountsLikeTlc() {
    // States 0..5: 6 distinct. Generated: 1 initial + 5 states with 2 successors + state 5 with 1.
    CheckResult result = Explorer.check(new Counter(5, 100), CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    assertTrue(result.success());
    assertEquals(6, result.stats().distinct());
    assertEquals(1 + 5 * 2 + 1, result.stats().generated());
    assertEquals(6, result.stats().depth());
  }

  @Test
  void findsTheShortestCounterexample() {
    CheckResult result = Explorer.check(new Counter(10, 3), CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    Violation v = result.first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    assertEquals("Small", v.name());
    assertEquals(4, v.trace().size());
    for (int i = 0; i < 4; i++) {
      assertEquals(IntValue.of(i), v.trace().get(i).state()[0]);
    }
    assertNull(v.trace().get(0).action());
  }

  @Test
  void reportsDeadlock_whenAStateHasNoSuccessor() {
    Model oneStep = new Counter(1, 100) {
      @Override
      public void successors(Value[] state, Sink sink, boolean labels) {
        if (((IntValue) state[0]).value() == 0) {
          sink.accept(new Value[] {IntValue.of(1)}, null);
        }
      }
    };
    CheckResult result = Explorer.check(oneStep, CheckOptions.of(true, false, 1), Explorer.Progress.NONE);
    assertEquals(Violation.Kind.DEADLOCK, result.first().kind());
    assertEquals(2, result.first().trace().size());
    CheckResult unchecked = Explorer.check(oneStep, CheckOptions.of(false, false, 1), Explorer.Progress.NONE);
    assertTrue(unchecked.success());
  }

  @Test
  void allProperties_reportsEachViolationWithItsOwnShortestTrace() {
    Model twoInvariants = new Counter(6, 100) {
      @Override
      public int invariantCount() {
        return 2;
      }

      @Override
      public String invariantName(int index) {
        return index == 0 ? "BelowFive" : "BelowTwo";
      }

      @Override
      public boolean invariantHolds(int index, Value[] state) {
        return ((IntValue) state[0]).value() < (index == 0 ? 5 : 2);
      }
    };
    CheckResult result = Explorer.check(twoInvariants, CheckOptions.of(true, true, 1), Explorer.Progress.NONE);
    assertEquals(2, result.violations().size());
    assertEquals("BelowTwo", result.violations().get(0).name());
    assertEquals(3, result.violations().get(0).trace().size());
    assertEquals("BelowFive", result.violations().get(1).name());
    assertEquals(6, result.violations().get(1).trace().size());
    assertEquals(7, result.stats().distinct(), "the whole state space is still explored");
  }
}

package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

class ArgsMemoTest {
  private static Value[] args(Value... values) {
    return values;
  }

  @Test
  void valuesAreKeptPerArgumentListWithinOneState() {
    Value[] state = {IntValue.of(0)};
    ArgsMemo memo = new ArgsMemo();
    assertNull(memo.get(state, args(StringValue.of("p1"))));
    memo.put(args(StringValue.of("p1")), IntValue.of(1));
    assertNull(memo.get(state, args(StringValue.of("p2"))));
    memo.put(args(StringValue.of("p2")), IntValue.of(2));
    // Atoms match by value: a new IntValue or an interned string equal to the kept one.
    assertSame(IntValue.of(1), memo.get(state, args(StringValue.of("p1"))));
    assertSame(IntValue.of(2), memo.get(state, args(StringValue.of("p2"))));
    Value[] other = {IntValue.of(0)}; // Equal contents, another array: another state.
    assertNull(memo.get(other, args(StringValue.of("p1"))));
    assertNull(memo.get(state, args(StringValue.of("p1"))));
  }

  @Test
  void aFunctionArgumentMatchesOnlyAsTheSameObject() {
    Value[] state = {IntValue.of(0)};
    Value f = TupleValue.of(IntValue.of(1), IntValue.of(2));
    Value g = TupleValue.of(IntValue.of(1), IntValue.of(2));
    ArgsMemo memo = new ArgsMemo();
    assertNull(memo.get(state, args(f, IntValue.of(3))));
    memo.put(args(f, IntValue.of(3)), IntValue.of(7));
    assertSame(IntValue.of(7), memo.get(state, args(f, IntValue.of(3))));
    assertNull(memo.get(state, args(g, IntValue.of(3)))); // equal, but not compared deeply
    assertNull(memo.get(state, args(f, IntValue.of(4))));
  }

  @Test
  void aDefinitionWhoseApplicationsRarelyRepeatStopsUsingTheMemo() {
    ArgsMemo rare = new ArgsMemo();
    ArgsMemo repeated = new ArgsMemo();
    for (int s = 0; s < 256; s++) {
      Value[] state = {IntValue.of(s)};
      for (int p = 0; p < 2; p++) {
        // Each argument once per state: never a hit.
        if (rare.get(state, args(IntValue.of(p))) == null) {
          rare.put(args(IntValue.of(p)), IntValue.of(p));
        }
        // The first application of each state misses, the second hits.
        if (repeated.get(state, args(IntValue.of(0))) == null) {
          repeated.put(args(IntValue.of(0)), IntValue.of(s));
        }
      }
    }
    assertFalse(rare.active());
    assertTrue(repeated.active());
  }
}

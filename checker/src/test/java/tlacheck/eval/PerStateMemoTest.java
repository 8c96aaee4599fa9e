package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import tlacheck.value.IntValue;
import tlacheck.value.Value;

class PerStateMemoTest {
  @Test
  void aParentKeepsItsValueWhileItsSuccessorsTakeTurns() {
    Value[] parent = {IntValue.of(0)};
    PerStateMemo memo = new PerStateMemo();
    assertNull(memo.get(parent));
    memo.put(parent, IntValue.of(10));
    for (int k = 1; k <= 5; k++) {
      // A successor is recorded (its value computed) between two uses in the parent.
      Value[] successor = {IntValue.of(k)};
      assertNull(memo.get(successor));
      memo.put(successor, IntValue.of(10 + k));
      assertSame(IntValue.of(10), memo.get(parent));
      assertSame(IntValue.of(10 + k), memo.get(successor));
      assertSame(IntValue.of(10), memo.get(parent));
    }
  }

  @Test
  void theLeastRecentlyUsedStateIsForgotten() {
    Value[] a = {IntValue.of(1)};
    Value[] b = {IntValue.of(1)}; // Equal contents, another array: another state.
    Value[] c = {IntValue.of(3)};
    PerStateMemo memo = new PerStateMemo();
    memo.put(a, IntValue.of(100));
    assertNull(memo.get(b));
    memo.put(b, IntValue.of(200));
    assertSame(IntValue.of(100), memo.get(a)); // a is now the more recently used
    memo.put(c, IntValue.of(300)); // forgets b
    assertNull(memo.get(b));
    assertSame(IntValue.of(100), memo.get(a));
    assertSame(IntValue.of(300), memo.get(c));
  }
}

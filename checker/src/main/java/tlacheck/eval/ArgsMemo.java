package tlacheck.eval;

import tlacheck.value.FunctionValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;

/**
 * The values of one pure state-level definition with arguments, such as PlusCal's
 * {@code PendingMessages(self) == {m \in msgs : m.dst = self}}, for the argument lists it was
 * applied to in the state it was last applied in. An action that asks for the same
 * {@code PendingMessages(self)} in its guard, in a count and in an update computes it once.
 *
 * <p>Kept per definition, not per call site, so that all the applications in one action share
 * it. Arguments are matched by identity, or by value for atoms (integers, strings, model values,
 * booleans); a function or set argument that is an equal but different object is a miss, which
 * only costs a computation. A definition whose applications rarely repeat in a state (say
 * {@code beats(p, q)} for each pair once) stops using the memo after a trial.
 *
 * <p>Not thread-safe: every worker compiles the specification for itself.
 */
public final class ArgsMemo {
  /** Argument lists kept per state: the distinct applications of one definition in one state. */
  private static final int CAPACITY = 8;
  /**
   * Lookups before the hit rate is judged, and the least share of hits (1/64) to keep going. A
   * miss costs little beside the search it precedes, and a hit saves a whole search, so even a
   * low rate pays (Slush: about 2% of lookups, in the states where a guard passes).
   */
  private static final int TRIAL = 512;

  private Value[] state;
  private final Value[][] keys = new Value[CAPACITY][];
  private final Value[] values = new Value[CAPACITY];
  private int size;
  /** Where the next entry goes once the memo is full (the oldest is replaced). */
  private int next;
  private int lookups;
  private int hits;
  private boolean off;

  /** Whether the memo is still in use (it switches itself off when it does not pay). */
  boolean active() {
    return !off;
  }

  /** The value kept for {@code args} in {@code state}, or null. */
  Value get(Value[] state, Value[] args) {
    if (state != this.state) {
      this.state = state;
      java.util.Arrays.fill(values, 0, size, null);
      java.util.Arrays.fill(keys, 0, size, null);
      size = 0;
      next = 0;
    } else {
      for (int i = 0; i < size; i++) {
        if (matches(keys[i], args)) {
          hits++;
          lookups++;
          return values[i];
        }
      }
    }
    if (++lookups == TRIAL) {
      off = hits < TRIAL / 64;
      if (off) {
        java.util.Arrays.fill(values, null);
        java.util.Arrays.fill(keys, null);
        this.state = null;
        size = 0;
      }
    }
    return null;
  }

  /** Keeps {@code value} for {@code args} in the state of the last {@link #get}. */
  void put(Value[] args, Value value) {
    if (off) {
      return;
    }
    if (size < CAPACITY) {
      keys[size] = args;
      values[size++] = value;
    } else {
      keys[next] = args;
      values[next] = value;
      next = (next + 1) % CAPACITY;
    }
  }

  private static boolean matches(Value[] kept, Value[] args) {
    for (int i = 0; i < args.length; i++) {
      Value a = args[i];
      Value b = kept[i];
      if (a != b && (a instanceof FunctionValue || a instanceof SetValue || !a.equals(b))) {
        return false;
      }
    }
    return true;
  }
}

package tlacheck.eval;

import tlacheck.value.Value;

/**
 * The value of a pure state-level expression (a definition without arguments, a refinement
 * mapping) in the last two states it was computed in, each known by its very array.
 *
 * <p>Two, not one: while a state's successors are generated, each new successor is recorded
 * for liveness checking, which evaluates the same expressions in the successor before the
 * search returns to its parent. With one entry the parent's value would be lost at every
 * successor and computed again; with two, the parent stays while the successors take turns.
 * Not thread-safe: every worker has its own compiled expressions.
 */
public final class PerStateMemo {
  private Value[] newer;
  private Value newerValue;
  private Value[] older;
  private Value olderValue;

  /** The value kept for {@code state}, or null if there is none. */
  Value get(Value[] state) {
    if (state == newer) {
      return newerValue;
    }
    if (state == older) {
      Value[] s = older;
      Value v = olderValue;
      older = newer;
      olderValue = newerValue;
      newer = s;
      newerValue = v;
      return v;
    }
    return null;
  }

  /** Keeps {@code value} for {@code state}, forgetting the less recently used entry. */
  void put(Value[] state, Value value) {
    older = newer;
    olderValue = newerValue;
    newer = state;
    newerValue = value;
  }
}

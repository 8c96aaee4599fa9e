package tlacheck.mc;

import tlacheck.value.Value;

/**
 * The states of a level in the order the sequential search finds them.
 *
 * @param base the trace index of the state at position 0; the others follow consecutively (-1
 *     for the level below the first, whose one "parent" stands for the initial predicate)
 */
record Level(Value[][] states, int base) {
  static final Level BEFORE_INITIAL = new Level(new Value[][] {}, -1);

  boolean isBeforeInitial() {
    return base < 0;
  }
}

package tlacheck.eval.enumerate;

/**
 * Splitting the initial states between workers. The alternatives taken at the depth-th nested
 * choice point (a disjunct, an element of {@code x \in S}, a binding of {@code \E}) are numbered
 * in enumeration order: they are the "prefixes". Part w of n continues only below the prefixes
 * numbered w mod n, so the parts are disjoint, and their states sorted by prefix (stably) are
 * the sequential enumeration. A state reached before any such choice is its own prefix.
 *
 * <p>One object serves one enumeration of the initial predicate; {@link ConjunctWalk} asks it at
 * each choice point and at each state reached.
 */
final class InitialSplit {
  private final int depth;
  private final int part;
  private final int parts;
  /** Only count the prefixes, going no deeper. */
  private final boolean countOnly;
  private int choiceDepth;
  private int prefixCount;
  private int currentPrefix = -1;

  /** {@code depth} is at least 1. */
  InitialSplit(int depth, int part, int parts, boolean countOnly) {
    this.depth = depth;
    this.part = part;
    this.parts = parts;
    this.countOnly = countOnly;
  }

  /** Entering one alternative of a choice point: whether to explore it. If true, {@link #leave} follows. */
  boolean enter() {
    if (++choiceDepth == depth) {
      int prefix = prefixCount++;
      if (countOnly || prefix % parts != part) {
        choiceDepth--;
        return false;
      }
      currentPrefix = prefix;
    }
    return true;
  }

  void leave() {
    choiceDepth--;
  }

  /** At a state reached: whether it belongs to this part (never when only counting). */
  boolean emits() {
    if (choiceDepth < depth) {
      // A state reached before the split depth: a prefix of its own.
      int prefix = prefixCount++;
      if (countOnly || prefix % parts != part) {
        return false;
      }
      currentPrefix = prefix;
    }
    return !countOnly;
  }

  /** The number of prefixes met so far. */
  int prefixCount() {
    return prefixCount;
  }

  /** The prefix of the state emitted last (-1 before any). */
  int currentPrefix() {
    return currentPrefix;
  }
}

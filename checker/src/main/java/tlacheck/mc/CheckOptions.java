package tlacheck.mc;

/**
 * How to explore.
 *
 * @param checkDeadlock report a state without successors
 * @param allProperties keep exploring after a violation, recording the first (shortest)
 *     violation of every invariant and of deadlock
 * @param workers worker threads (1 for now)
 */
public record CheckOptions(boolean checkDeadlock, boolean allProperties, int workers) {
  public CheckOptions {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
  }
}

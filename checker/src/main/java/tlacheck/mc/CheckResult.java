package tlacheck.mc;

import java.util.List;

/**
 * The outcome of exploring a model: the violations found (one unless all properties were asked
 * for; the first is the one TLC would report) and the statistics.
 */
public sealed interface CheckResult permits CheckResult.Explored, CheckResult.Stopped, CheckResult.TooLarge {
  List<Violation> violations();

  Stats stats();

  /**
   * Every reachable state was explored. It has violations when all properties were asked for
   * (the search then goes on after each), or when a temporal property checked afterwards failed.
   */
  record Explored(List<Violation> violations, Stats stats) implements CheckResult {
    public Explored {
      violations = List.copyOf(violations);
    }
  }

  /** The search stopped at its first violation or error, {@code violations().get(0)}. */
  record Stopped(List<Violation> violations, Stats stats) implements CheckResult {
    public Stopped {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a stopped search has a violation");
      }
    }
  }

  /**
   * The search ran out of memory ("state space too large", TLC's exit status 152).
   *
   * @param reason what ran out
   */
  record TooLarge(List<Violation> violations, Stats stats, String reason) implements CheckResult {
    public TooLarge {
      violations = List.copyOf(violations);
    }
  }

  /** Every reachable state was explored and nothing was violated. */
  default boolean success() {
    return this instanceof Explored && violations().isEmpty();
  }

  /** Whether every reachable state was explored (then temporal properties can be checked). */
  default boolean complete() {
    return this instanceof Explored;
  }

  /** The violation TLC would report, or null. */
  default Violation first() {
    return violations().isEmpty() ? null : violations().get(0);
  }

  /** The same outcome with other violations (e.g. traces rewritten, or a temporal one added). */
  default CheckResult withViolations(List<Violation> replaced) {
    if (this instanceof TooLarge t) {
      return new TooLarge(replaced, stats(), t.reason());
    }
    if (this instanceof Stopped) {
      return new Stopped(replaced, stats());
    }
    return new Explored(replaced, stats());
  }
}

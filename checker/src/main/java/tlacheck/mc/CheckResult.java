package tlacheck.mc;

import java.util.List;

/**
 * The outcome of exploring a model: every violation found (one unless all properties were
 * asked for; the first is the one TLC would report), and the statistics.
 *
 * @param tooLarge why the run stopped early for lack of memory ("state space too large", TLC's
 *     exit status 152), or null
 */
public record CheckResult(List<Violation> violations, Stats stats, boolean complete, String tooLarge) {
  public CheckResult(List<Violation> violations, Stats stats, boolean complete) {
    this(violations, stats, complete, null);
  }

  public boolean success() {
    return violations.isEmpty() && tooLarge == null;
  }

  public Violation first() {
    return violations.isEmpty() ? null : violations.get(0);
  }
}

package tlacheck.mc;

import java.util.List;

/**
 * The outcome of exploring a model: every violation found (one unless all properties were
 * asked for; the first is the one TLC would report), and the statistics.
 */
public record CheckResult(List<Violation> violations, Stats stats, boolean complete) {
  public boolean success() {
    return violations.isEmpty();
  }

  public Violation first() {
    return violations.isEmpty() ? null : violations.get(0);
  }
}

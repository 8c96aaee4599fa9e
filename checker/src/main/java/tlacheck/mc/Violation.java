package tlacheck.mc;

import java.util.List;

/**
 * A property that failed, with its shortest counterexample.
 *
 * @param name the invariant's name; null for deadlock
 * @param message for assertion and evaluation failures, the error text (with location)
 */
public record Violation(Kind kind, String name, String message, List<TraceStep> trace) {
  public enum Kind { INVARIANT, DEADLOCK, ASSERT, EVALUATION }
}

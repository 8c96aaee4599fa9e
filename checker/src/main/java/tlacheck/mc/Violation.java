package tlacheck.mc;

import java.util.List;

/**
 * A property that failed, with its shortest counterexample.
 *
 * @param name the invariant's (or property's) name; null for deadlock
 * @param message for assertion and evaluation failures, the error text (with location)
 * @param loop for a temporal property, the lasso: the behaviour goes on from the last state of
 *     the trace back to state {@code loop} (1-based) and repeats forever; {@code loop ==
 *     trace.size()} means the last state stutters forever. 0 when the trace is finite.
 * @param loopAction the action of the step back to state {@code loop} (null when it stutters)
 * @param inInitialCheck an evaluation failure that arose while checking an initial state (not
 *     while computing its successors): TLC reports it on its own, without a behaviour
 */
public record Violation(Kind kind, String name, String message, List<TraceStep> trace, int loop,
    ActionLabel loopAction, boolean inInitialCheck) {
  /**
   * TEMPORAL: a behaviour (a lasso) violates a temporal property; ACTION_PROPERTY: a step
   * violates a {@code [][A]_v} property; INITIAL_PROPERTY: an initial state violates a
   * state-predicate property.
   */
  public enum Kind { INVARIANT, DEADLOCK, ASSERT, EVALUATION, TEMPORAL, ACTION_PROPERTY, INITIAL_PROPERTY }

  public Violation(Kind kind, String name, String message, List<TraceStep> trace) {
    this(kind, name, message, trace, 0, null, false);
  }

  public Violation(Kind kind, String name, String message, List<TraceStep> trace, int loop, ActionLabel loopAction) {
    this(kind, name, message, trace, loop, loopAction, false);
  }

  /** Whether the counterexample is a lasso (an infinite behaviour) rather than a finite trace. */
  public boolean isLasso() {
    return loop > 0;
  }
}

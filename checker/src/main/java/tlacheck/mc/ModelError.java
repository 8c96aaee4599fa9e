package tlacheck.mc;

import tlacheck.source.TlaError;
import tlacheck.value.ValueException;

/**
 * A failure of the model itself (not of the engine) while it computed states or checked them:
 * the search stops there and reports it with the trace that led to it.
 *
 * @param assertion whether the model asserted something false (TLC's {@code Assert}), rather
 *     than failed to evaluate
 * @param message the text to report, with its location
 * @param successor when the failure is one of a successor being made or checked (a successor
 *     that is not completely made, or one a constraint failed to evaluate on): that successor,
 *     which counts as generated and ends the trace; its action may be null (found by replay), and
 *     its state may have null slots (values the model did not give). Null otherwise.
 */
public record ModelError(boolean assertion, String message, TraceStep successor) {
  public ModelError(boolean assertion, String message) {
    this(assertion, message, null);
  }

  /** This failure, at {@code step}: a successor being checked. */
  public ModelError at(TraceStep step) {
    return new ModelError(assertion, message, step);
  }

  /** Tells which throwables are the model's failures, and how to report them. */
  @FunctionalInterface
  public interface Classifier {
    /** The failure {@code thrown} stands for, or null if it is not the model's (then it propagates). */
    ModelError classify(Throwable thrown);
  }

  /**
   * For models that report their errors as {@link TlaError} or {@link ValueException}; a stack
   * overflow is taken as the model's too (a recursion in the model without end).
   */
  public static final Classifier PLAIN = thrown -> {
    if (thrown instanceof TlaError e) {
      return new ModelError(false, e.render());
    }
    if (thrown instanceof ValueException e) {
      return new ModelError(false, e.getMessage());
    }
    if (thrown instanceof StackOverflowError) {
      return new ModelError(false, "the model recursed too deeply (a Java stack overflow)");
    }
    return null;
  };
}

package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.value.ValueException;

/** An error while evaluating the spec (exit code 75): names the expression's location. */
public class EvalException extends TlaError {
  public EvalException(Span span, String message) {
    super(Kind.EVALUATION, span, message);
  }

  private EvalException(Kind kind, Span span, String message) {
    super(kind, span, message);
  }

  /**
   * A Java stack overflow while evaluating (at {@code span} if known): almost always a recursive
   * definition without a base case for the arguments it was given.
   */
  public static EvalException stackOverflow(Span span) {
    return new EvalException(span, "the evaluation recursed too deeply (a Java stack overflow, "
        + EvalThreads.STACK_MIB + " MiB): probably a recursive definition that never reaches its base case");
  }

  /**
   * Converts what an evaluation threw into the error to report, or null if it is none of these
   * kinds. A value's own error ({@link ValueException}) usually reaches the report through the
   * expression it arose in, which adds its location; one that a value operation threw outside
   * any such expression (listing a function over Nat to sort it into a set, say) is reported
   * with its message alone, which names where the value was defined.
   */
  public static TlaError of(Throwable t) {
    if (t instanceof TlaError e) {
      return e;
    }
    if (t instanceof ValueException e) {
      return new EvalException(Span.NONE, e.getMessage());
    }
    return t instanceof StackOverflowError ? stackOverflow(null) : null;
  }

  /** {@code Assert(FALSE, msg)} was reached (exit code 14). */
  public static final class AssertionFailed extends EvalException {
    public AssertionFailed(Span span, String message) {
      super(Kind.ASSERTION, span, message);
    }
  }
}

package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.source.TlaError;

/** An error while evaluating the spec (exit code 75): names the expression's location. */
public class EvalException extends TlaError {
  public EvalException(Span span, String message) {
    super(Kind.EVALUATION, span, message);
  }

  /**
   * A Java stack overflow while evaluating (at {@code span} if known): almost always a recursive
   * definition without a base case for the arguments it was given.
   */
  public static EvalException stackOverflow(Span span) {
    return new EvalException(span, "the evaluation recursed too deeply (a Java stack overflow): probably a "
        + "recursive definition that never reaches its base case; a recursion that is just deep needs a "
        + "larger stack (java -Xss64m)");
  }

  /** Converts what an evaluation threw into the error to report, or null if it is neither kind. */
  public static TlaError of(Throwable t) {
    return t instanceof TlaError e ? e : t instanceof StackOverflowError ? stackOverflow(null) : null;
  }

  /** {@code Assert(FALSE, msg)} was reached (exit code 14). */
  public static final class AssertionFailed extends EvalException {
    public AssertionFailed(Span span, String message) {
      super(span, message);
    }
  }
}

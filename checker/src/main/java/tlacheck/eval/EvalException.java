package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.source.TlaError;

/** An error while evaluating the spec (exit code 75): names the expression's location. */
public class EvalException extends TlaError {
  public EvalException(Span span, String message) {
    super(Kind.EVALUATION, span, message);
  }

  /** {@code Assert(FALSE, msg)} was reached (exit code 14). */
  public static final class AssertionFailed extends EvalException {
    public AssertionFailed(Span span, String message) {
      super(span, message);
    }
  }
}

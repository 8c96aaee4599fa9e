package tlacheck.source;

import java.util.List;

/**
 * A problem with the user's input (spec, model configuration or command line) that is reported
 * as {@code file:line:col: message} with the offending line and a caret. Not our bug: no stack
 * trace is printed for it.
 */
public class TlaError extends RuntimeException {
  /**
   * Which phase found the problem; decides the exit code. ASSERTION is an evaluation that
   * reached a false {@code Assert} (TLC gives it an exit code of its own); MODEL_LEVEL a model
   * that checks a formula of the wrong level, such as an invariant with primes (TLC's exit 76).
   */
  public enum Kind { SYNTAX, SEMANTIC, CONFIG, MODEL_LEVEL, EVALUATION, ASSERTION, IO }

  private final Kind kind;
  private final transient Span span;

  public TlaError(Kind kind, Span span, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.span = span;
  }

  public Kind kind() {
    return kind;
  }

  public Span span() {
    return span;
  }

  /** The full report: {@code file:line:col: message}, the source line and a caret under the column. */
  public String render() {
    return render(span, getMessage());
  }

  public static String render(Span span, String message) {
    if (span == null || span == Span.NONE) {
      return message;
    }
    StringBuilder out = new StringBuilder();
    out.append(span).append(": ").append(message).append('\n');
    String line = span.file().lineText(span.line());
    out.append("    ").append(line).append('\n');
    out.append("    ");
    int column = span.column();
    for (int i = 1; i < column; i++) {
      out.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
    }
    int width = span.endLine() == span.line() ? Math.max(1, span.endColumn() - column + 1) : 1;
    out.append("^".repeat(Math.min(width, Math.max(1, line.length() - column + 1))));
    return out.toString();
  }

  /** Several errors found in one pass, reported together. */
  public static final class Multiple extends TlaError {
    private final transient List<TlaError> errors;

    public Multiple(List<TlaError> errors) {
      super(errors.get(0).kind(), errors.get(0).span(), errors.get(0).getMessage());
      this.errors = List.copyOf(errors);
    }

    public List<TlaError> errors() {
      return errors;
    }

    @Override
    public String render() {
      StringBuilder out = new StringBuilder();
      for (TlaError error : errors) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(error.render());
      }
      return out.toString();
    }
  }
}

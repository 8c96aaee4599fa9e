package tlacheck.value;

/**
 * A TLA+-level error found while computing with values (e.g. a function applied outside its
 * domain). The evaluator adds the location of the expression that caused it.
 */
public final class ValueException extends RuntimeException {
  public ValueException(String message) {
    super(message, null, false, false);
  }
}

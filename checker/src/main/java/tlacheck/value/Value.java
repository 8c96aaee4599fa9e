package tlacheck.value;

/**
 * An immutable TLA+ value with a canonical form: two values are equal exactly when they denote
 * the same mathematical object, and then they have the same {@link #fingerprint()} on every run.
 *
 * <p>Values are totally ordered (first by {@link #kind()}, then within a kind) so that sets can be
 * kept sorted and print the way TLC prints them.
 */
public abstract class Value implements Comparable<Value> {
  /** Kinds in their cross-kind order. Functions include tuples, sequences and records. */
  public enum Kind { BOOL, INT, STRING, MODEL, FUNCTION, SET }

  public abstract Kind kind();

  /** A stable 64-bit hash: the same value gives the same fingerprint on every run. */
  public abstract long fingerprint();

  /**
   * The fingerprint if it is known without computing anything, else 0. Computing one may list
   * a lazily defined function or set, which can be costly or fail (Nat cannot be listed), so
   * code that fingerprints a value only as a shortcut asks this first.
   */
  public long knownFingerprint() {
    return 0;
  }

  /** Compares two values of the same kind. */
  protected abstract int compareSameKind(Value other);

  /** Appends the TLA+ text of this value. */
  public abstract void print(StringBuilder out);

  @Override
  public final int compareTo(Value other) {
    if (this == other) {
      return 0;
    }
    if (getClass() == other.getClass()) {
      return compareSameKind(other); // The common case: no kind() calls.
    }
    int byKind = Integer.compare(kind().ordinal(), other.kind().ordinal());
    return byKind != 0 ? byKind : compareSameKind(other);
  }

  @Override
  public int hashCode() {
    long fp = fingerprint();
    return (int) (fp ^ (fp >>> 32));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Value value && compareTo(value) == 0;
  }

  @Override
  public final String toString() {
    StringBuilder out = new StringBuilder();
    print(out);
    return out.toString();
  }

  /** A short name of the kind for error messages: "integer", "set", ... */
  public String describeKind() {
    switch (kind()) {
      case BOOL: return "boolean";
      case INT: return "integer";
      case STRING: return "string";
      case MODEL: return "model value";
      case FUNCTION: return "function";
      default: return "set";
    }
  }
}

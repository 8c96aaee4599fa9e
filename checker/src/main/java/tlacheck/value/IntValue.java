package tlacheck.value;

/**
 * An integer. TLC's integers are 32-bit and arithmetic that leaves that range is an error there;
 * we keep the same range so that a spec means the same thing to both checkers.
 */
public final class IntValue extends Value {
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 1024;
  private static final IntValue[] CACHE = new IntValue[CACHE_HIGH - CACHE_LOW + 1];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new IntValue(i + CACHE_LOW);
    }
  }

  private final int value;
  /** Cached: fingerprints of integers are taken for every state and every function entry. */
  private final long fingerprint;

  private IntValue(int value) {
    this.value = value;
    this.fingerprint = Fingerprints.mix(Fingerprints.INT ^ value);
  }

  public static IntValue of(int value) {
    if (value >= CACHE_LOW && value <= CACHE_HIGH) {
      return CACHE[value - CACHE_LOW];
    }
    return new IntValue(value);
  }

  /** The value of an arithmetic result, or an error if it leaves TLC's 32-bit range. */
  public static IntValue ofChecked(long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new ValueException("integer overflow: " + value + " is outside the range of TLC's integers ("
          + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE + ")");
    }
    return of((int) value);
  }

  public int value() {
    return value;
  }

  @Override
  public Kind kind() {
    return Kind.INT;
  }

  @Override
  public long knownFingerprint() {
    return fingerprint();
  }

  @Override
  public long fingerprint() {
    return fingerprint;
  }

  @Override
  protected int compareSameKind(Value other) {
    return Integer.compare(value, ((IntValue) other).value);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof IntValue i && i.value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  @Override
  public void print(StringBuilder out) {
    out.append(value);
  }
}

package tlacheck.value;

public final class BoolValue extends Value {
  public static final BoolValue TRUE = new BoolValue(true);
  public static final BoolValue FALSE = new BoolValue(false);

  private final boolean value;

  private BoolValue(boolean value) {
    this.value = value;
  }

  public static BoolValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public boolean value() {
    return value;
  }

  @Override
  public Kind kind() {
    return Kind.BOOL;
  }

  @Override
  public long knownFingerprint() {
    return fingerprint();
  }

  @Override
  public long fingerprint() {
    return value ? Fingerprints.BOOL_TRUE : Fingerprints.BOOL_FALSE;
  }

  @Override
  protected int compareSameKind(Value other) {
    return Boolean.compare(value, ((BoolValue) other).value);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public void print(StringBuilder out) {
    out.append(value ? "TRUE" : "FALSE");
  }
}

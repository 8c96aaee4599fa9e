package tlacheck.value;

import java.util.concurrent.ConcurrentHashMap;

public final class StringValue extends Value {
  /**
   * Every string value is interned (as TLC interns its strings): equal strings are the same
   * object, so record fields and string sets compare by reference in the common case.
   */
  private static final ConcurrentHashMap<String, StringValue> INTERNED = new ConcurrentHashMap<>();

  private final String value;
  private final long fingerprint;

  /** The string value of {@code value}; equal strings give the same object. */
  public static StringValue of(String value) {
    StringValue v = INTERNED.get(value);
    return v != null ? v : INTERNED.computeIfAbsent(value, StringValue::new);
  }

  private StringValue(String value) {
    this.value = value;
    this.fingerprint = Fingerprints.mix(Fingerprints.STRING ^ Fingerprints.ofString(value));
  }

  public String value() {
    return value;
  }

  @Override
  public Kind kind() {
    return Kind.STRING;
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
    return other == this ? 0 : value.compareTo(((StringValue) other).value);
  }

  @Override
  public boolean equals(Object other) {
    // Interned: equal strings are the same object.
    return this == other;
  }

  @Override
  public void print(StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        default: out.append(c);
      }
    }
    out.append('"');
  }
}

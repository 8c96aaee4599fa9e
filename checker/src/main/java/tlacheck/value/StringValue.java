package tlacheck.value;

public final class StringValue extends Value {
  private final String value;
  private final long fingerprint;

  public StringValue(String value) {
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
  public long fingerprint() {
    return fingerprint;
  }

  @Override
  protected int compareSameKind(Value other) {
    return value.compareTo(((StringValue) other).value);
  }

  @Override
  public boolean equals(Object other) {
    // Fingerprints differ for almost every pair of different strings: a cheap early "no".
    return this == other || other instanceof StringValue s && s.fingerprint == fingerprint && s.value.equals(value);
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

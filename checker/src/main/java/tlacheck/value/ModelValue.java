package tlacheck.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A model value: an uninterpreted constant declared in the model configuration. It equals only
 * itself. A name such as {@code a_1} makes it a typed model value of type {@code a}, as in TLC.
 */
public final class ModelValue extends Value {
  private final String name;
  private final long fingerprint;

  /** Interned, so that every worker's specification sees the same objects (equality by reference). */
  private static final ConcurrentHashMap<String, ModelValue> INTERNED = new ConcurrentHashMap<>();

  /** The model value named {@code name}; the same name gives the same object. */
  public static ModelValue of(String name) {
    ModelValue v = INTERNED.get(name);
    return v != null ? v : INTERNED.computeIfAbsent(name, ModelValue::new);
  }

  private ModelValue(String name) {
    this.name = name;
    this.fingerprint = Fingerprints.mix(Fingerprints.MODEL ^ Fingerprints.ofString(name));
  }

  public String name() {
    return name;
  }

  /** The type prefix of a typed model value ({@code a} for {@code a_1}), or null if untyped. */
  public String type() {
    int underscore = name.indexOf('_');
    return underscore == 1 && Character.isLetter(name.charAt(0)) ? name.substring(0, 1) : null;
  }

  @Override
  public Kind kind() {
    return Kind.MODEL;
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
    return other == this ? 0 : name.compareTo(((ModelValue) other).name);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public void print(StringBuilder out) {
    out.append(name);
  }
}

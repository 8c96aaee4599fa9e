package tlacheck.value;

import java.util.function.Predicate;

/** {@code Nat}, {@code Int}, {@code STRING} and {@code Seq(S)}: sets that can only be tested. */
public final class InfiniteSetValue extends SetValue {
  public static final InfiniteSetValue NAT = new InfiniteSetValue("Nat", v -> v instanceof IntValue i && i.value() >= 0);
  public static final InfiniteSetValue INT = new InfiniteSetValue("Int", v -> v instanceof IntValue);
  public static final InfiniteSetValue STRING = new InfiniteSetValue("STRING", v -> v instanceof StringValue);
  /** TLC's {@code Any}: contains every value. */
  public static final InfiniteSetValue ANY = new InfiniteSetValue("Any", v -> true);

  private final String name;
  private final Predicate<Value> membership;

  private InfiniteSetValue(String name, Predicate<Value> membership) {
    this.name = name;
    this.membership = membership;
  }

  /** {@code Seq(S)}: finite sequences of elements of S. */
  public static InfiniteSetValue sequencesOf(SetValue base) {
    return new InfiniteSetValue("Seq(" + base + ")", v -> {
      if (!(v instanceof FunctionValue f) || !(v instanceof TupleValue) && f.size() != 0) {
        return false;
      }
      for (int i = 0; i < f.size(); i++) {
        if (!base.contains(f.valueAt(i))) {
          return false;
        }
      }
      return true;
    });
  }

  @Override
  public boolean contains(Value element) {
    if (element instanceof FunctionValue f) { // Seq(S)
      return f.isKnownMemberOf(this) || membership.test(element) && f.rememberMemberOf(this);
    }
    return membership.test(element);
  }

  @Override
  public boolean isEnumerable() {
    return false;
  }

  @Override
  public EnumSetValue enumerate() {
    throw notEnumerable(this);
  }

  @Override
  public long fingerprint() {
    return Fingerprints.ofString(name);
  }

  @Override
  public void print(StringBuilder out) {
    out.append(name);
  }
}

package tlacheck.value;

/** {@code [S -> T]}: membership checks domain and range; the functions are listed on demand. */
public final class FcnSetValue extends SetValue {
  private final SetValue domain;
  private final SetValue range;
  private EnumSetValue enumerated;

  public FcnSetValue(SetValue domain, SetValue range) {
    this.domain = domain;
    this.range = range;
  }

  @Override
  public boolean contains(Value element) {
    if (!(element instanceof FunctionValue f)) {
      return false;
    }
    if (f.isKnownMemberOf(this)) {
      return true;
    }
    // f's keys are distinct, so "same size and every key in the domain" is domain equality,
    // decided without building DOMAIN f (this test runs once per state in typical invariants).
    int n = f.size();
    if (domain.isEnumerable() ? n != domain.size() : !f.domain().equals(domain)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!domain.contains(f.keyAt(i)) || !range.contains(f.valueAt(i))) {
        return false;
      }
    }
    return f.rememberMemberOf(this);
  }

  @Override
  public boolean isEnumerable() {
    return domain.isEnumerable() && range.isEnumerable();
  }

  @Override
  public int size() {
    long total = 1;
    int n = domain.size();
    int m = range.size();
    for (int i = 0; i < n; i++) {
      total *= m;
      if (total > Integer.MAX_VALUE) {
        throw new ValueException("[" + domain + " -> " + range + "] is too large to enumerate");
      }
    }
    return (int) total;
  }

  @Override
  public EnumSetValue enumerate() {
    if (enumerated == null) {
      Value[] keys = domain.enumerate().elements();
      Value[] choices = range.enumerate().elements();
      int count = size();
      Value[] functions = new Value[count];
      int[] digits = new int[keys.length];
      for (int f = 0; f < count; f++) {
        Value[] values = new Value[keys.length];
        for (int i = 0; i < keys.length; i++) {
          values[i] = choices[digits[i]];
        }
        functions[f] = Values.function(keys, values);
        for (int i = keys.length - 1; i >= 0; i--) {
          if (++digits[i] < choices.length) {
            break;
          }
          digits[i] = 0;
        }
      }
      enumerated = EnumSetValue.of(functions);
    }
    return enumerated;
  }

  @Override
  public void print(StringBuilder out) {
    if (!printElementsIfSmall(out)) {
      printSymbolic(out);
    }
  }

  private void printSymbolic(StringBuilder out) {
    out.append('[');
    domain.print(out);
    out.append(" -> ");
    range.print(out);
    out.append(']');
  }
}

package tlacheck.value;

/** {@code S1 \X S2 \X ...}: sets of tuples, listed on demand. */
public final class ProductSetValue extends SetValue {
  private final SetValue[] factors;
  private EnumSetValue enumerated;

  public ProductSetValue(SetValue[] factors) {
    this.factors = factors;
  }

  /** The number of factors: the length of every element. */
  public int arity() {
    return factors.length;
  }

  public SetValue factor(int i) {
    return factors[i];
  }

  @Override
  public boolean contains(Value element) {
    if (!(element instanceof TupleValue t) || t.size() != factors.length) {
      return false;
    }
    for (int i = 0; i < factors.length; i++) {
      if (!factors[i].contains(t.elements()[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isEnumerable() {
    return allEnumerable(factors);
  }

  @Override
  public EnumSetValue enumerate() {
    if (enumerated == null) {
      Value[][] choices = new Value[factors.length][];
      long count = 1;
      for (int i = 0; i < factors.length; i++) {
        choices[i] = factors[i].enumerate().elements();
        count *= choices[i].length;
        if (count > Integer.MAX_VALUE) {
          throw new ValueException("the product " + this + " is too large to enumerate");
        }
      }
      Value[] tuples = new Value[(int) count];
      int[] digits = new int[factors.length];
      for (int t = 0; t < count; t++) {
        Value[] elements = new Value[factors.length];
        for (int i = 0; i < factors.length; i++) {
          elements[i] = choices[i][digits[i]];
        }
        tuples[t] = TupleValue.of(elements);
        for (int i = factors.length - 1; i >= 0; i--) {
          if (++digits[i] < choices[i].length) {
            break;
          }
          digits[i] = 0;
        }
      }
      enumerated = EnumSetValue.of(tuples);
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
    for (int i = 0; i < factors.length; i++) {
      if (i > 0) {
        out.append(" \\X ");
      }
      factors[i].print(out);
    }
  }
}

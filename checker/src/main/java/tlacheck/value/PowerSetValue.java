package tlacheck.value;

import java.util.Arrays;

/** {@code SUBSET S}: membership is a subset test; the elements are listed only on demand. */
public final class PowerSetValue extends SetValue {
  private final SetValue base;
  private EnumSetValue enumerated;

  public PowerSetValue(SetValue base) {
    this.base = base;
  }

  @Override
  public boolean contains(Value element) {
    return element instanceof SetValue set && set.isSubsetOf(base);
  }

  @Override
  public boolean isEnumerable() {
    return base.isEnumerable();
  }

  @Override
  public int size() {
    int n = base.size();
    if (n >= 31) {
      throw new ValueException("SUBSET " + base + " has 2^" + n + " elements: too many to enumerate");
    }
    return 1 << n;
  }

  @Override
  public EnumSetValue enumerate() {
    if (enumerated == null) {
      Value[] elements = base.enumerate().elements();
      int count = size();
      Value[] subsets = new Value[count];
      for (int mask = 0; mask < count; mask++) {
        Value[] members = new Value[Integer.bitCount(mask)];
        int k = 0;
        for (int i = 0; i < elements.length; i++) {
          if ((mask & (1 << i)) != 0) {
            members[k++] = elements[i];
          }
        }
        subsets[mask] = EnumSetValue.ofSorted(members);
      }
      Arrays.sort(subsets);
      enumerated = EnumSetValue.ofSorted(subsets);
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
    out.append("SUBSET ");
    base.print(out);
  }
}

package tlacheck.value;

/** {@code low..high}, kept symbolic so that membership and iteration need no element array. */
public final class IntervalValue extends SetValue {
  private final int low;
  private final int high;
  private EnumSetValue enumerated;

  public IntervalValue(int low, int high) {
    this.low = low;
    this.high = high;
  }

  public int low() {
    return low;
  }

  public int high() {
    return high;
  }

  @Override
  public int size() {
    return high < low ? 0 : high - low + 1;
  }

  @Override
  public boolean contains(Value element) {
    return element instanceof IntValue i && i.value() >= low && i.value() <= high;
  }

  @Override
  public EnumSetValue enumerate() {
    if (enumerated == null) {
      Value[] elements = new Value[size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = IntValue.of(low + i);
      }
      enumerated = EnumSetValue.ofSorted(elements);
    }
    return enumerated;
  }

  @Override
  public void print(StringBuilder out) {
    out.append(low).append("..").append(high);
  }
}

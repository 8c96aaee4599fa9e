package tlacheck.value;

/** A finite function as two parallel arrays, keys sorted canonically. Records are functions on strings. */
public final class FcnValue extends FunctionValue {
  private final Value[] keys;
  private final Value[] values;
  private long fingerprint;
  private boolean hashed;

  /** Use {@link Values#function}: it keeps the representation canonical. */
  FcnValue(Value[] sortedKeys, Value[] values) {
    this.keys = sortedKeys;
    this.values = values;
  }

  private int indexOf(Value key) {
    int low = 0;
    int high = keys.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int cmp = keys[middle].compareTo(key);
      if (cmp == 0) {
        return middle;
      }
      if (cmp < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return -1;
  }

  @Override
  public Value apply(Value arg) {
    int i = indexOf(arg);
    if (i < 0) {
      if (isRecord() && arg instanceof StringValue s) {
        throw new ValueException("the record " + this + " has no field " + s.value());
      }
      throw new ValueException("the function " + this + " is applied to " + arg
          + ", which is not in its domain");
    }
    return values[i];
  }

  @Override
  public boolean inDomain(Value arg) {
    return indexOf(arg) >= 0;
  }

  @Override
  public SetValue domain() {
    return EnumSetValue.ofSorted(keys);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Value keyAt(int i) {
    return keys[i];
  }

  @Override
  public Value valueAt(int i) {
    return values[i];
  }

  @Override
  public FunctionValue except(Value key, Value value) {
    int i = indexOf(key);
    if (i < 0) {
      return this;
    }
    if (values[i].equals(value)) {
      return this;
    }
    Value[] copy = values.clone();
    copy[i] = value;
    return new FcnValue(keys, copy);
  }

  @Override
  public long fingerprint() {
    if (!hashed) {
      fingerprint = super.fingerprint();
      hashed = true;
    }
    return fingerprint;
  }
}

package tlacheck.value;

/** A finite function as two parallel arrays, keys sorted canonically. Records are functions on strings. */
public final class FcnValue extends FunctionValue {
  private final Value[] keys;
  private final Value[] values;
  /** Computed on first use; 0 means "not yet" (racy single-check, safe because it is one long). */
  private long fingerprint;

  /** Use {@link Values#function}: it keeps the representation canonical. */
  FcnValue(Value[] sortedKeys, Value[] values) {
    this.keys = sortedKeys;
    this.values = values;
  }

  private int indexOf(Value key) {
    if (keys.length <= 8) {
      // Keys are usually the very objects the spec enumerates (model values, strings, small
      // integers): a few reference comparisons often spare the binary search its compareTo calls.
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return i;
        }
      }
    }
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

  /**
   * The position of a key, trying {@code hint} first: a record field access sees records of the
   * same shape again and again, so the last position found is almost always right.
   */
  public int indexOf(Value key, int hint) {
    if (hint >= 0 && hint < keys.length && keys[hint].equals(key)) {
      return hint;
    }
    return indexOf(key);
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
  public int positionOf(Value key) {
    return indexOf(key);
  }

  @Override
  public FunctionValue exceptAt(int i, Value value) {
    if (values[i].equals(value)) {
      return this;
    }
    Value[] copy = values.clone();
    copy[i] = value;
    FcnValue changed = new FcnValue(keys, copy);
    // This function is usually a variable's value, fingerprinted with its state, and the result
    // will be fingerprinted with the successor: update instead of hashing every entry.
    changed.fingerprint = fingerprintExcept(fingerprint, keys.length, keys[i].fingerprint(), values[i], value);
    return changed;
  }

  @Override
  public FunctionValue except(Value key, Value value) {
    int i = indexOf(key);
    return i < 0 ? this : exceptAt(i, value);
  }

  /**
   * Functions built from the same record constructor or record set share one keys array, so
   * comparing them skips the domain.
   */
  @Override
  protected int compareSameKind(Value other) {
    if (!(other instanceof FcnValue that)) {
      return super.compareSameKind(other);
    }
    int n = keys.length;
    int bySize = Integer.compare(n, that.keys.length);
    if (bySize != 0) {
      return bySize;
    }
    if (keys != that.keys) {
      for (int i = 0; i < n; i++) {
        int cmp = keys[i].compareTo(that.keys[i]);
        if (cmp != 0) {
          return cmp;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int cmp = values[i].compareTo(that.values[i]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  /** The sorted keys; callers must not modify the array. */
  Value[] keys() {
    return keys;
  }

  @Override
  public long knownFingerprint() {
    return fingerprint;
  }

  @Override
  public long fingerprint() {
    long h = fingerprint;
    if (h == 0) {
      h = super.fingerprint();
      fingerprint = h;
    }
    return h;
  }
}

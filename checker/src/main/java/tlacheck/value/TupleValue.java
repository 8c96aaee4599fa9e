package tlacheck.value;

import java.util.Arrays;

/** A tuple or sequence: a function on {@code 1..n}. The empty function is the empty tuple. */
public final class TupleValue extends FunctionValue {
  public static final TupleValue EMPTY = new TupleValue(new Value[0]);

  private final Value[] elements;
  /** Computed on first use; 0 means "not yet" (racy single-check, safe because it is one long). */
  private long fingerprint;

  public TupleValue(Value... elements) {
    this.elements = elements;
  }

  public static TupleValue of(Value... elements) {
    return elements.length == 0 ? EMPTY : new TupleValue(elements);
  }

  /** The elements; callers must not modify the array. */
  public Value[] elements() {
    return elements;
  }

  public Value get(int oneBased) {
    return elements[oneBased - 1];
  }

  @Override
  public Value apply(Value arg) {
    if (arg instanceof IntValue i && i.value() >= 1 && i.value() <= elements.length) {
      return elements[i.value() - 1];
    }
    throw new ValueException("the sequence " + this + " of length " + elements.length
        + " is applied to " + arg + ", which is not in its domain 1.." + elements.length);
  }

  @Override
  public boolean inDomain(Value arg) {
    return arg instanceof IntValue i && i.value() >= 1 && i.value() <= elements.length;
  }

  @Override
  public SetValue domain() {
    return new IntervalValue(1, elements.length);
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Value keyAt(int i) {
    return IntValue.of(i + 1);
  }

  @Override
  public Value valueAt(int i) {
    return elements[i];
  }

  @Override
  public int positionOf(Value key) {
    return key instanceof IntValue i && i.value() >= 1 && i.value() <= elements.length ? i.value() - 1 : -1;
  }

  @Override
  public FunctionValue exceptAt(int i, Value value) {
    if (elements[i].equals(value)) {
      return this;
    }
    Value[] copy = elements.clone();
    copy[i] = value;
    TupleValue changed = new TupleValue(copy);
    // As in FcnValue#exceptAt: update the fingerprint instead of hashing every element.
    changed.fingerprint = fingerprintExcept(fingerprint, elements.length, IntValue.of(i + 1).fingerprint(), elements[i], value);
    return changed;
  }

  /** {@code Append(this, value)}; its fingerprint is updated from this one's when both are known. */
  public TupleValue append(Value value) {
    int n = elements.length;
    Value[] longer = Arrays.copyOf(elements, n + 1);
    longer[n] = value;
    TupleValue appended = new TupleValue(longer);
    long fp = fingerprint;
    long valueFp = value.knownFingerprint();
    if (fp != 0 && valueFp != 0) {
      long shares = Fingerprints.sharesOf(fp, n) + Fingerprints.share(IntValue.of(n + 1).fingerprint(), valueFp);
      appended.fingerprint = Fingerprints.ofFunction(shares, n + 1);
    }
    return appended;
  }

  @Override
  public FunctionValue except(Value key, Value value) {
    int i = positionOf(key);
    return i < 0 ? this : exceptAt(i, value);
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

  @Override
  protected int compareSameKind(Value other) {
    if (other instanceof TupleValue that) {
      int bySize = Integer.compare(elements.length, that.elements.length);
      if (bySize != 0) {
        return bySize;
      }
      for (int i = 0; i < elements.length; i++) {
        Value a = elements[i];
        Value b = that.elements[i];
        // Tuples of integers (grid positions, <<a, b>> pairs) are sorted into sets again and
        // again: compare their elements without a virtual call.
        int cmp = a instanceof IntValue x && b instanceof IntValue y
            ? Integer.compare(x.value(), y.value()) : a.compareTo(b);
        if (cmp != 0) {
          return cmp;
        }
      }
      return 0;
    }
    return super.compareSameKind(other);
  }

  @Override
  public boolean equals(Object other) {
    if (other instanceof TupleValue that) {
      return this == that || Arrays.equals(elements, that.elements);
    }
    return super.equals(other);
  }

  @Override
  public void print(StringBuilder out) {
    out.append("<<");
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      elements[i].print(out);
    }
    out.append(">>");
  }
}

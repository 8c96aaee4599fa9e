package tlacheck.value;

/**
 * A function, which in TLA+ also covers tuples, sequences and records. Every concrete function
 * has exactly one representation ({@link Values#function} turns a function on {@code 1..n} into a
 * {@link TupleValue}), so equality and fingerprints can be computed from the listed entries.
 */
public abstract class FunctionValue extends Value {
  /**
   * A set of functions this function is known to belong to (the last that a membership test of
   * {@link #isKnownMemberOf} proved), or null. Typing invariants test the same parts of the state
   * in state after state, and a successor shares most of them with its parent: the very objects.
   * Written without synchronisation, which is safe: whatever set a thread reads here does contain
   * this function, and it is only compared by identity.
   */
  private SetValue knownMemberOf;

  /** Whether a membership test already proved that this function is in {@code set}. */
  final boolean isKnownMemberOf(SetValue set) {
    return knownMemberOf == set;
  }

  /** Records that this function is in {@code set}; returns true. */
  final boolean rememberMemberOf(SetValue set) {
    knownMemberOf = set;
    return true;
  }

  @Override
  public final Kind kind() {
    return Kind.FUNCTION;
  }

  /** {@code f[arg]}; a {@link ValueException} outside the domain. */
  public abstract Value apply(Value arg);

  /** Whether {@code arg} is in the domain. */
  public abstract boolean inDomain(Value arg);

  public abstract SetValue domain();

  /** The number of domain elements. */
  public abstract int size();

  /** The i-th domain element in canonical order. */
  public abstract Value keyAt(int i);

  /** The value at the i-th domain element. */
  public abstract Value valueAt(int i);

  /** {@code [f EXCEPT ![key] = value]}; unchanged if key is not in the domain (as in TLC). */
  public abstract FunctionValue except(Value key, Value value);

  /** The position of {@code key} in the canonical order of the domain, or -1 if it is not in it. */
  public int positionOf(Value key) {
    int n = size();
    for (int i = 0; i < n; i++) {
      if (keyAt(i).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** This function with the value at domain position {@code i} replaced. */
  public FunctionValue exceptAt(int i, Value value) {
    return except(keyAt(i), value);
  }

  /** The same for every representation of a function: the entries' shares, summed (see {@link Fingerprints#share}). */
  @Override
  public long fingerprint() {
    long shares = 0;
    int n = size();
    for (int i = 0; i < n; i++) {
      shares += Fingerprints.share(keyAt(i).fingerprint(), valueAt(i).fingerprint());
    }
    return Fingerprints.ofFunction(shares, n);
  }

  /**
   * The fingerprint of a function of {@code size} entries whose fingerprint is {@code fp}, with
   * the value {@code old} at key {@code key} replaced by {@code value}: one share out, one in.
   * 0 (not known) unless all three fingerprints are known without computing anything.
   */
  static long fingerprintExcept(long fp, int size, long key, Value old, Value value) {
    long oldFp = old.knownFingerprint();
    long newFp = value.knownFingerprint();
    if (fp == 0 || oldFp == 0 || newFp == 0) {
      return 0;
    }
    long shares = Fingerprints.sharesOf(fp, size)
        - Fingerprints.share(key, oldFp)
        + Fingerprints.share(key, newFp);
    return Fingerprints.ofFunction(shares, size);
  }

  /** TLC's order for functions: smaller domains first, then the domains, then the values. */
  @Override
  protected int compareSameKind(Value other) {
    FunctionValue that = (FunctionValue) other;
    int n = size();
    int bySize = Integer.compare(n, that.size());
    if (bySize != 0) {
      return bySize;
    }
    for (int i = 0; i < n; i++) {
      int cmp = keyAt(i).compareTo(that.keyAt(i));
      if (cmp != 0) {
        return cmp;
      }
    }
    for (int i = 0; i < n; i++) {
      int cmp = valueAt(i).compareTo(that.valueAt(i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  /** Whether every domain element is a string (then the function prints as a record). */
  protected boolean isRecord() {
    int n = size();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!(keyAt(i) instanceof StringValue)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void print(StringBuilder out) {
    int n = size();
    if (n == 0) {
      out.append("<<>>");
      return;
    }
    if (isRecord()) {
      out.append('[');
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(((StringValue) keyAt(i)).value()).append(" |-> ");
        valueAt(i).print(out);
      }
      out.append(']');
      return;
    }
    out.append('(');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(" @@ ");
      }
      keyAt(i).print(out);
      out.append(" :> ");
      valueAt(i).print(out);
    }
    out.append(')');
  }
}

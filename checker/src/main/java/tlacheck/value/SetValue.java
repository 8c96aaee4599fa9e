package tlacheck.value;

/**
 * A set. Sets that are cheap to test but expensive (or impossible) to list, such as
 * {@code SUBSET S}, {@code [S -> T]} or {@code Nat}, stay symbolic until something needs their
 * elements; {@link #enumerate()} then gives the canonical sorted form.
 */
public abstract class SetValue extends Value {
  @Override
  public final Kind kind() {
    return Kind.SET;
  }

  public abstract boolean contains(Value element);

  /** Whether the elements can be listed (finite and not too abstract). */
  public boolean isEnumerable() {
    return true;
  }

  /** Whether every one of {@code sets} can be listed (for sets built from others). */
  protected static boolean allEnumerable(SetValue[] sets) {
    for (SetValue set : sets) {
      if (!set.isEnumerable()) {
        return false;
      }
    }
    return true;
  }

  /** The elements in canonical (sorted) order; a {@link ValueException} if the set cannot be listed. */
  public abstract EnumSetValue enumerate();

  public int size() {
    return enumerate().size();
  }

  @Override
  public long fingerprint() {
    return enumerate().fingerprint();
  }

  @Override
  protected int compareSameKind(Value other) {
    return enumerate().compareElements(((SetValue) other).enumerate());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SetValue set)) {
      return false;
    }
    if (!isEnumerable() || !set.isEnumerable()) {
      return sameSymbolicSet(set);
    }
    return compareSameKind(set) == 0;
  }

  /** Equality for sets that cannot be listed (e.g. {@code Nat = Nat}); an error when unknown. */
  protected boolean sameSymbolicSet(SetValue other) {
    if (toString().equals(other.toString())) {
      return true;
    }
    throw new ValueException("cannot decide whether " + this + " equals " + other
        + " (one of them is infinite)");
  }

  public boolean isSubsetOf(SetValue other) {
    if (!isEnumerable()) {
      if (sameSymbolicSet(other)) {
        return true;
      }
      throw new ValueException("cannot decide whether the infinite set " + this + " is a subset of " + other);
    }
    for (Value element : enumerate().elements()) {
      if (!other.contains(element)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Prints the elements if the set is small enough to list (as TLC prints sets in traces) and
   * returns true; huge or infinite sets are left to the caller's symbolic form.
   */
  protected final boolean printElementsIfSmall(StringBuilder out) {
    try {
      if (isEnumerable() && size() <= 10_000) {
        enumerate().print(out);
        return true;
      }
    } catch (ValueException tooLarge) {
      // too large to list: the symbolic form is printed instead
    }
    return false;
  }

  protected static ValueException notEnumerable(SetValue set) {
    return new ValueException("the set " + set + " is infinite or too abstract to enumerate");
  }
}

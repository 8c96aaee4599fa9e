package tlacheck.eval;

import tlacheck.value.EnumSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.Values;

/** Union, intersection, difference and UNION of sets, merging the sorted element arrays. */
public final class SetOps {
  private SetOps() {}

  public static Value union(Value a, Value b) {
    SetValue left = Values.asSet(a, "\\cup");
    SetValue right = Values.asSet(b, "\\cup");
    if (!left.isEnumerable() || !right.isEnumerable()) {
      // Nat \cup {-1}: decided by membership, as TLC does, never listed.
      return new DataNodes.LazyFilter(new LazyUnion(left, right), v -> true, left + " \\cup " + right);
    }
    Value[] x = Values.asSet(a, "\\cup").enumerate().elements();
    Value[] y = Values.asSet(b, "\\cup").enumerate().elements();
    if (y.length == 0) {
      return Values.asSet(a, "\\cup").enumerate();
    }
    if (x.length == 0) {
      return Values.asSet(b, "\\cup").enumerate();
    }
    return merge(x, y);
  }

  /** The union of two sets given by their canonical (sorted, distinct) elements. */
  private static EnumSetValue merge(Value[] x, Value[] y) {
    Value[] out = new Value[x.length + y.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      int cmp = x[i].compareTo(y[j]);
      if (cmp < 0) {
        out[n++] = x[i++];
      } else if (cmp > 0) {
        out[n++] = y[j++];
      } else {
        out[n++] = x[i++];
        j++;
      }
    }
    while (i < x.length) {
      out[n++] = x[i++];
    }
    while (j < y.length) {
      out[n++] = y[j++];
    }
    return EnumSetValue.ofSortedPrefix(out, n);
  }

  public static Value intersect(Value a, Value b) {
    SetValue left = Values.asSet(a, "\\cap");
    SetValue right = Values.asSet(b, "\\cap");
    if (!left.isEnumerable() && !right.isEnumerable()) {
      // Nat \cap Int: decided by membership in both, as TLC does, never listed.
      return new DataNodes.LazyFilter(left, right::contains, left + " \\cap " + right);
    }
    // Walk the operand that is listed already; a UNION kept for membership is looked up instead.
    if (!left.isEnumerable()
        || left instanceof UnionForMembership && right.isEnumerable() && !(right instanceof UnionForMembership)) {
      SetValue t = left;
      left = right;
      right = t;
    }
    return filter(left.enumerate(), right, true);
  }

  /** The left set's elements that are ({@code keep}) or are not in the right set. */
  private static EnumSetValue filter(EnumSetValue left, SetValue right, boolean keep) {
    Value[] elements = left.elements();
    if (right instanceof EnumSetValue r && mergeable(elements, r)) {
      return sortedCommon(left, r.elements(), keep);
    }
    Value[] kept = new Value[elements.length];
    int n = 0;
    for (Value v : elements) {
      if (right.contains(v) == keep) {
        kept[n++] = v;
      }
    }
    return n == elements.length ? left : EnumSetValue.ofSortedPrefix(kept, n);
  }

  /**
   * Whether to walk a listed right operand alongside the left one rather than search it for
   * each left element: unless it is much the larger, walking takes fewer comparisons (and none
   * at all for the left elements after the right one's last, as in {@code S \ {CHOOSE x \in S : TRUE}}).
   */
  private static boolean mergeable(Value[] left, EnumSetValue right) {
    return right.size() <= 4 * left.length + 4;
  }

  /**
   * The left set's elements that are ({@code keep}) or are not in the sorted right ones: both
   * arrays are walked once, in TLC's order.
   */
  private static EnumSetValue sortedCommon(EnumSetValue left, Value[] y, boolean keep) {
    Value[] x = left.elements();
    Value[] kept = new Value[x.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      int cmp = x[i].compareTo(y[j]);
      if (cmp < 0) {
        if (!keep) {
          kept[n++] = x[i];
        }
        i++;
      } else if (cmp > 0) {
        j++;
      } else {
        if (keep) {
          kept[n++] = x[i];
        }
        i++;
        j++;
      }
    }
    if (!keep) {
      int rest = x.length - i;
      System.arraycopy(x, i, kept, n, rest);
      n += rest;
    }
    return n == x.length ? left : EnumSetValue.ofSortedPrefix(kept, n);
  }

  public static Value minus(Value a, Value b) {
    SetValue left = Values.asSet(a, "\\");
    SetValue right = Values.asSet(b, "\\");
    if (!left.isEnumerable()) {
      // Nat \ {0}: decided by membership, as TLC does, never listed.
      return new DataNodes.LazyFilter(left, v -> !right.contains(v), left + " \\ " + right);
    }
    return filter(left.enumerate(), right, false);
  }

  public static Value bigUnion(Value a) {
    Value[] members = Values.asSet(a, "UNION").enumerate().elements();
    EnumSetValue[] parts = new EnumSetValue[members.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = Values.asSet(members[i], "UNION").enumerate();
    }
    return parts.length == 0 ? EnumSetValue.EMPTY : mergeAll(parts, 0, parts.length);
  }

  /**
   * The union of {@code parts[from..to)}, merged in halves: each element takes part in about
   * log2(number of parts) comparisons, where sorting them all again would take log2(size).
   */
  private static EnumSetValue mergeAll(EnumSetValue[] parts, int from, int to) {
    if (to - from == 1) {
      return parts[from];
    }
    int middle = (from + to) >>> 1;
    EnumSetValue x = mergeAll(parts, from, middle);
    EnumSetValue y = mergeAll(parts, middle, to);
    if (x.size() == 0) {
      return y;
    }
    return y.size() == 0 ? x : merge(x.elements(), y.elements());
  }

  /**
   * {@code UNION S} where only membership is asked (see {@code Compiler.membershipOperand}): an
   * element is looked up in the members of S, which are not merged into one set unless the union
   * is listed after all (e.g. in {@code UNION S \\cap T} when T cannot be listed).
   */
  public static SetValue unionForMembership(Value a) {
    Value[] members = Values.asSet(a, "UNION").enumerate().elements();
    SetValue[] sets = new SetValue[members.length];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = Values.asSet(members[i], "UNION");
    }
    return new UnionForMembership(sets);
  }

  private static final class UnionForMembership extends SetValue {
    private final SetValue[] members;
    private EnumSetValue listed;

    UnionForMembership(SetValue[] members) {
      this.members = members;
    }

    @Override
    public boolean contains(Value element) {
      for (SetValue member : members) {
        if (member.contains(element)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean isEnumerable() {
      return allEnumerable(members);
    }

    @Override
    public EnumSetValue enumerate() {
      if (listed == null) {
        EnumSetValue[] parts = new EnumSetValue[members.length];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = members[i].enumerate();
        }
        listed = parts.length == 0 ? EnumSetValue.EMPTY : mergeAll(parts, 0, parts.length);
      }
      return listed;
    }

    @Override
    public void print(StringBuilder out) {
      if (!printElementsIfSmall(out)) {
        out.append("UNION {");
        for (int i = 0; i < members.length; i++) {
          out.append(i == 0 ? "" : ", ").append(members[i]);
        }
        out.append('}');
      }
    }
  }

  /** The union of two sets, at least one of which cannot be listed: membership only. */
  private static final class LazyUnion extends SetValue {
    private final SetValue left;
    private final SetValue right;

    LazyUnion(SetValue left, SetValue right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public boolean contains(Value element) {
      return left.contains(element) || right.contains(element);
    }

    @Override
    public boolean isEnumerable() {
      return false;
    }

    @Override
    public EnumSetValue enumerate() {
      throw new tlacheck.value.ValueException("the set " + this + " is infinite and cannot be enumerated");
    }

    @Override
    public void print(StringBuilder out) {
      out.append(left).append(" \\cup ").append(right);
    }
  }
}

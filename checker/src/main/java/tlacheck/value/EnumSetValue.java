package tlacheck.value;

import java.util.Arrays;
import java.util.Collection;

/** A finite set kept as a sorted array of distinct elements: the canonical form of every set. */
public final class EnumSetValue extends SetValue {
  public static final EnumSetValue EMPTY = new EnumSetValue(new Value[0]);

  private final Value[] elements;
  /** Computed on first use; 0 means "not yet" (racy single-check, safe because it is one long). */
  private long fingerprint;

  /** Wraps an array that is already sorted and free of duplicates. */
  private EnumSetValue(Value[] sortedDistinct) {
    this.elements = sortedDistinct;
  }

  /** A set of the given elements, in any order, duplicates allowed; the array may be reused. */
  public static EnumSetValue of(Value... elements) {
    if (elements.length == 0) {
      return EMPTY;
    }
    if (!isSortedDistinct(elements)) {
      elements = elements.clone();
      Arrays.sort(elements);
      int kept = 1;
      for (int i = 1; i < elements.length; i++) {
        if (elements[i].compareTo(elements[kept - 1]) != 0) {
          elements[kept++] = elements[i];
        }
      }
      if (kept < elements.length) {
        elements = Arrays.copyOf(elements, kept);
      }
    }
    return new EnumSetValue(elements);
  }

  public static EnumSetValue of(Collection<? extends Value> elements) {
    return of(elements.toArray(new Value[0]));
  }

  /** Trusts the caller: the array is sorted and has no duplicates. */
  static EnumSetValue ofSorted(Value[] sortedDistinct) {
    return sortedDistinct.length == 0 ? EMPTY : new EnumSetValue(sortedDistinct);
  }

  /**
   * The set of the first {@code count} entries of {@code kept}, which the caller picked in
   * order from a set's canonical elements (a filter, a difference, a merge): they are already
   * sorted and distinct, so nothing is compared again. The array may be kept.
   */
  public static EnumSetValue ofSortedPrefix(Value[] kept, int count) {
    if (count == 0) {
      return EMPTY;
    }
    return new EnumSetValue(count == kept.length ? kept : Arrays.copyOf(kept, count));
  }

  private static boolean isSortedDistinct(Value[] elements) {
    for (int i = 1; i < elements.length; i++) {
      if (elements[i - 1].compareTo(elements[i]) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The elements in canonical order; callers must not modify the array. */
  public Value[] elements() {
    return elements;
  }

  @Override
  public int size() {
    return elements.length;
  }

  /** Sets at least this large get a hash index when they are long-lived ({@link #indexed()}). */
  private static final int INDEX_MIN_SIZE = 12;

  /**
   * An open-addressing table of element positions (plus one; 0 is empty) by fingerprint, for
   * sets that are tested for membership again and again: constants such as a spec's message
   * or record types. A final field publishes the filled table safely to every worker.
   */
  private static final class Index {
    final int[] table;

    Index(Value[] elements) {
      int capacity = Integer.highestOneBit(elements.length * 2 - 1) << 1;
      int[] t = new int[capacity];
      int mask = capacity - 1;
      for (int p = 0; p < elements.length; p++) {
        int i = spread(elements[p].fingerprint()) & mask;
        while (t[i] != 0) {
          i = (i + 1) & mask;
        }
        t[i] = p + 1;
      }
      this.table = t;
    }

    static int spread(long fp) {
      return (int) (fp ^ (fp >>> 32));
    }
  }

  private Index index;

  /**
   * This set, with a hash index for membership if it is large enough: for sets that live long
   * (cached constants), where the one-time cost of fingerprinting every element pays off.
   */
  public EnumSetValue indexed() {
    if (index == null && elements.length >= INDEX_MIN_SIZE) {
      index = new Index(elements);
    }
    return this;
  }

  @Override
  public boolean contains(Value element) {
    Index idx = index;
    if (idx != null) {
      int[] t = idx.table;
      int mask = t.length - 1;
      long fp = element.fingerprint();
      for (int i = Index.spread(fp) & mask; ; i = (i + 1) & mask) {
        int p = t[i];
        if (p == 0) {
          return false;
        }
        Value candidate = elements[p - 1];
        if (candidate.fingerprint() == fp && candidate.compareTo(element) == 0) {
          return true;
        }
      }
    }
    if (element instanceof StringValue || element instanceof ModelValue || element instanceof BoolValue) {
      if (elements.length <= SCAN_MAX_SIZE) {
        // Interned: an equal value is the very same object, so a scan of references decides,
        // without a string comparison (pc[self] \in {"e4", "w1", "w2", "cs"}).
        for (Value e : elements) {
          if (e == element) {
            return true;
          }
        }
        return false;
      }
    }
    // Integers are compared directly, without a virtual call; other elements in TLC's order.
    IntValue integer = element instanceof IntValue i ? i : null;
    int low = 0;
    int high = elements.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Value m = elements[middle];
      int cmp = integer != null && m instanceof IntValue mi ? Integer.compare(mi.value(), integer.value())
          : m.compareTo(element);
      if (cmp == 0) {
        return true;
      }
      if (cmp < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return false;
  }

  /** Sets up to this size are scanned for an interned value rather than searched. */
  private static final int SCAN_MAX_SIZE = 16;

  @Override
  public EnumSetValue enumerate() {
    return this;
  }

  @Override
  public long knownFingerprint() {
    return fingerprint;
  }

  @Override
  public long fingerprint() {
    long fp = fingerprint;
    if (fp == 0) {
      long h = Fingerprints.SET;
      for (Value element : elements) {
        h = Fingerprints.combine(h, element.fingerprint());
      }
      fp = Fingerprints.combine(h, elements.length);
      fingerprint = fp;
    }
    return fp;
  }

  /** TLC's order for sets: smaller sets first, then element by element. */
  int compareElements(EnumSetValue other) {
    if (this == other) {
      return 0;
    }
    int bySize = Integer.compare(elements.length, other.elements.length);
    if (bySize != 0) {
      return bySize;
    }
    for (int i = 0; i < elements.length; i++) {
      int cmp = elements[i].compareTo(other.elements[i]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  @Override
  public void print(StringBuilder out) {
    out.append('{');
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      elements[i].print(out);
    }
    out.append('}');
  }
}

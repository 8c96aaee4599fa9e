package tlacheck.mc;

/**
 * The set of fingerprints of the states found so far: about 11 to 16 bytes per state.
 *
 * <p>Design. The table is split into {@value #SEGMENTS} segments by the top bits of the
 * (re-mixed) fingerprint; each segment is a plain {@code long[]} with open addressing and linear
 * probing, where 0 marks an empty slot (the fingerprint 0 itself is kept in a flag). A segment
 * grows by half when it is three-quarters full, so its load stays between 0.5 and 0.75, i.e.
 * 10.7 to 16 bytes per fingerprint; growing one small segment at a time keeps the transient
 * peak of a resize at a fraction of a percent of the table instead of doubling the whole heap.
 * The slot is chosen by "fast range" ({@code (hash32 * capacity) >>> 32}) so that capacities
 * need not be powers of two.
 *
 * <p>Concurrency. The set has no locks and no CAS because the explorer never reads and writes it
 * at the same time: while workers expand a level they only call {@link #contains}; afterwards
 * the new fingerprints are added in a separate phase in which each worker owns the segments
 * {@code s} with {@code s % workers == worker} ({@link #segmentOf}) and so is the only thread
 * touching them. The phase barriers (the executor's task completion) publish the writes. This
 * also makes the insertion order, and so which discovery of a state counts as its first, the
 * same for every number of workers.
 */
final class FingerprintSet {
  static final int SEGMENT_BITS = 8;
  static final int SEGMENTS = 1 << SEGMENT_BITS;
  private static final int INITIAL_CAPACITY = 16;
  private static final double MAX_LOAD = 0.75;

  private final long[][] tables = new long[SEGMENTS][];
  private final int[] sizes = new int[SEGMENTS];
  private final int[] limits = new int[SEGMENTS];
  private boolean containsZero;

  FingerprintSet() {
    for (int s = 0; s < SEGMENTS; s++) {
      tables[s] = new long[INITIAL_CAPACITY];
      limits[s] = (int) (INITIAL_CAPACITY * MAX_LOAD);
    }
  }

  /**
   * Re-mixes a fingerprint so that models with weak fingerprints (small Java test models) still
   * spread over segments and slots. The murmur3 finaliser; a bijection, so distinct stay distinct.
   */
  static long spread(long fp) {
    return tlacheck.value.Fingerprints.mix(fp);
  }

  /** The segment of a fingerprint: which insertion worker owns it. */
  static int segmentOf(long fp) {
    return (int) (spread(fp) >>> (64 - SEGMENT_BITS));
  }

  private static int slot(long hash, int capacity) {
    return (int) (((hash & 0xFFFFFFFFL) * capacity) >>> 32);
  }

  boolean contains(long fp) {
    if (fp == 0) {
      return containsZero;
    }
    long h = spread(fp);
    long[] table = tables[(int) (h >>> (64 - SEGMENT_BITS))];
    int capacity = table.length;
    int i = slot(h, capacity);
    while (true) {
      long entry = table[i];
      if (entry == fp) {
        return true;
      }
      if (entry == 0) {
        return false;
      }
      if (++i == capacity) {
        i = 0;
      }
    }
  }

  /**
   * Adds a fingerprint; true if it was not there yet. Only the owner of the fingerprint's
   * segment may call this while other threads use the set.
   */
  boolean add(long fp) {
    if (fp == 0) {
      boolean added = !containsZero;
      containsZero = true;
      return added;
    }
    long h = spread(fp);
    int s = (int) (h >>> (64 - SEGMENT_BITS));
    long[] table = tables[s];
    int capacity = table.length;
    int i = slot(h, capacity);
    while (true) {
      long entry = table[i];
      if (entry == fp) {
        return false;
      }
      if (entry == 0) {
        break;
      }
      if (++i == capacity) {
        i = 0;
      }
    }
    table[i] = fp;
    if (++sizes[s] > limits[s]) {
      grow(s);
    }
    return true;
  }

  private void grow(int s) {
    long[] old = tables[s];
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, old.length + (old.length >> 1));
    if (capacity <= old.length) {
      throw new OutOfMemoryError("fingerprint set segment cannot grow beyond " + old.length + " slots");
    }
    long[] table = new long[capacity];
    for (long fp : old) {
      if (fp != 0) {
        int i = slot(spread(fp), capacity);
        while (table[i] != 0) {
          if (++i == capacity) {
            i = 0;
          }
        }
        table[i] = fp;
      }
    }
    tables[s] = table;
    limits[s] = (int) (capacity * MAX_LOAD);
  }

  long size() {
    long n = containsZero ? 1 : 0;
    for (int size : sizes) {
      n += size;
    }
    return n;
  }

  /** Bytes of heap held by the tables (not counting object headers). */
  long bytes() {
    long n = 0;
    for (long[] table : tables) {
      n += 8L * table.length;
    }
    return n;
  }

  /** For tests: the load of the fullest segment. */
  double maxLoad() {
    double max = 0;
    for (int s = 0; s < SEGMENTS; s++) {
      max = Math.max(max, sizes[s] / (double) tables[s].length);
    }
    return max;
  }
}

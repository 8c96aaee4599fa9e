package tlacheck.mc;

import java.util.Arrays;

/**
 * For every distinct state, in discovery order: its fingerprint and the index of the state it was
 * first reached from (-1 for initial states). Two primitive arrays, 12 bytes per state, instead of
 * an object per state; a trace is the chain of parents, rebuilt into states by replay.
 */
final class TraceIndex {
  private long[] fingerprints = new long[1024];
  private int[] parents = new int[1024];
  private int size;

  /** Records a state and returns its index. */
  int add(long fingerprint, int parent) {
    if (size == fingerprints.length) {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size * 2L);
      fingerprints = Arrays.copyOf(fingerprints, capacity);
      parents = Arrays.copyOf(parents, capacity);
    }
    fingerprints[size] = fingerprint;
    parents[size] = parent;
    return size++;
  }

  int size() {
    return size;
  }

  /** The fingerprints from an initial state to the given state. */
  long[] pathTo(int index) {
    int length = 0;
    for (int i = index; i >= 0; i = parents[i]) {
      length++;
    }
    long[] path = new long[length];
    for (int i = index, k = length - 1; i >= 0; i = parents[i], k--) {
      path[k] = fingerprints[i];
    }
    return path;
  }
}

package tlacheck.mc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tlacheck.value.Value;

/**
 * What expanding a range of consecutive parents of a level produced: the candidates for the
 * next level (successors not seen in earlier levels), each with its key, and the events the
 * sequential search would react to.
 *
 * <p>Keys: the sequential search handles parents in level order and each parent's successors in
 * enumeration order, so a successor is placed by its key (parent position, successor ordinal),
 * and the sequential search is the one that handles keys in increasing order (see
 * {@link Explorer}).
 */
final class Chunk {
  /** Something the sequential search reacts to, at a key. */
  record Event(long key, int order, Type type, int invariant, ModelError error, Chunk chunk, int candidate) {}

  enum Type { DEADLOCK, EXPANSION_ERROR, VIOLATION, CHECK_ERROR }

  /** The order in which the sequential search meets events. */
  static final Comparator<Event> SEQUENTIAL = Comparator.comparingLong(Event::key).thenComparingInt(Event::order);

  static long key(int parent, int ordinal) {
    return ((long) parent << 32) | (ordinal & 0xFFFFFFFFL);
  }

  static int parentOf(long key) {
    return (int) (key >>> 32);
  }

  static int ordinalOf(long key) {
    return (int) key;
  }

  /** Lowers the key at which the search stops to {@code key}, if it is lower (from any thread). */
  static void lower(AtomicLong stopKey, long key) {
    long current;
    while (key < (current = stopKey.get()) && !stopKey.compareAndSet(current, key)) {
      // Retry until the smaller key is in place.
    }
  }

  final int from;
  final int to;
  /** Per parent, how many successors it generated (for TLC's count of generated states). */
  final int[] successorCounts;
  Value[][] states = new Value[16][];
  long[] fingerprints = new long[16];
  long[] keys = new long[16];
  /**
   * Per candidate, the variables whose values are not the parent's objects (see {@link
   * tlacheck.value.States#changedSlots}), when its invariants are checked after the insert phase.
   */
  long[] changed = new long[16];
  /**
   * Per candidate: a state outside the state or action constraints. TLC checks the invariants of
   * every state it generates, also of those the constraints keep out, which it neither counts as
   * found nor explores; such a candidate is kept only to be checked, each time it is generated.
   */
  boolean[] outside = new boolean[16];
  /** Per candidate, after the insert phase: whether it is the first of its fingerprint (a new state). */
  boolean[] fresh;
  int count;
  /** How many candidates are outside the constraints. */
  int outsideCount;
  int freshCount;
  final List<Event> events = new ArrayList<>(0);

  Chunk(int from, int to) {
    this.from = from;
    this.to = to;
    this.successorCounts = new int[to - from];
  }

  void add(Value[] state, long fp, long key, long changedSlots, boolean outsideConstraints) {
    if (count == states.length) {
      int capacity = count * 2;
      states = Arrays.copyOf(states, capacity);
      fingerprints = Arrays.copyOf(fingerprints, capacity);
      keys = Arrays.copyOf(keys, capacity);
      changed = Arrays.copyOf(changed, capacity);
      outside = Arrays.copyOf(outside, capacity);
    }
    states[count] = state;
    fingerprints[count] = fp;
    keys[count] = key;
    changed[count] = changedSlots;
    outside[count] = outsideConstraints;
    if (outsideConstraints) {
      outsideCount++;
    }
    count++;
  }

  /** Whether candidate {@code i}'s invariants are to be checked: a new state, or one outside the constraints. */
  boolean toCheck(int i) {
    return fresh[i] || outside[i];
  }

  /** The position among the level's new states of a candidate of {@code chunk}. */
  static int rank(Chunk[] chunks, Chunk chunk, int candidate) {
    int r = 0;
    for (Chunk c : chunks) {
      if (c == chunk) {
        for (int i = 0; i < candidate; i++) {
          if (c.fresh[i]) {
            r++;
          }
        }
        return r;
      }
      r += c.freshCount;
    }
    throw new IllegalStateException("candidate not in the level");
  }
}

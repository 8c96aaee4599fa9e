package tlacheck.value;

/**
 * A state is an array of values, one per variable slot. What every layer computes of a state in
 * the same way: its fingerprint, and which slots a step changed.
 */
public final class States {
  /** A mask with every slot set: nothing is known about what changed. */
  public static final long ALL_SLOTS = -1L;

  private States() {}

  /** The 64-bit fingerprint of a state: its values' fingerprints folded in slot order. */
  public static long fingerprint(Value[] state) {
    long h = Fingerprints.STATE;
    for (Value value : state) {
      h = Fingerprints.combine(h, value.fingerprint());
    }
    return h;
  }

  /** The bit of a variable slot in a slot mask: slots from 63 on share the last bit. */
  public static long slotBit(int slot) {
    return 1L << Math.min(slot, 63);
  }

  /**
   * The slots a step changed: the bit of each slot whose value in {@code successor} is not the
   * very object it was in {@code parent}. A value that is equal but rebuilt counts as changed,
   * which costs a needless check at most, never a missed one.
   */
  public static long changedSlots(Value[] parent, Value[] successor) {
    long changed = 0;
    for (int i = 0; i < successor.length; i++) {
      if (successor[i] != parent[i]) {
        changed |= slotBit(i);
      }
    }
    return changed;
  }

  /** Whether no slot of {@code reads} is among the {@code changed} ones. */
  public static boolean untouched(long reads, long changed) {
    return (reads & changed) == 0;
  }
}

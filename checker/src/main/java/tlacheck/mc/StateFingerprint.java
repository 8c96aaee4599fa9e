package tlacheck.mc;

import tlacheck.value.Fingerprints;
import tlacheck.value.Value;

/** The 64-bit fingerprint of a state: its values' fingerprints folded in slot order. */
public final class StateFingerprint {
  private StateFingerprint() {}

  public static long of(Value[] state) {
    long h = Fingerprints.STATE;
    for (Value value : state) {
      h = Fingerprints.combine(h, value.fingerprint());
    }
    return h;
  }
}

package tlacheck.value;

/**
 * Mixing functions for stable 64-bit fingerprints. Every constant is fixed, so a state's
 * fingerprint is the same in every run and on every machine, which trace replay relies on.
 */
public final class Fingerprints {
  public static final long BOOL_FALSE = 0x6a09e667f3bcc908L;
  public static final long BOOL_TRUE = 0xbb67ae8584caa73bL;
  static final long INT = 0x3c6ef372fe94f82bL;
  static final long STRING = 0xa54ff53a5f1d36f1L;
  static final long MODEL = 0x510e527fade682d1L;
  static final long SET = 0x9b05688c2b3e6c1fL;
  static final long FUNCTION = 0x1f83d9abfb41bd6bL;
  public static final long STATE = 0x5be0cd19137e2179L;
  private static final long MULTIPLIER = 0x9e3779b97f4a7c15L;

  /** The murmur3 64-bit finaliser: spreads every input bit over the output. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Folds the next component into a running hash; order matters. */
  public static long combine(long hash, long next) {
    return mix(hash * MULTIPLIER + next);
  }

  public static long ofString(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private Fingerprints() {}
}

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

  /** The inverse of {@link #mix}: each of its steps is a bijection on 64-bit words. */
  static long unmix(long h) {
    h ^= h >>> 33;
    h *= 0x9cb4b2f8129337dbL; // The inverse of 0xc4ceb9fe1a85ec53 modulo 2^64.
    h ^= h >>> 33;
    h *= 0x4f74430c22a54005L; // The inverse of 0xff51afd7ed558ccd.
    h ^= h >>> 33;
    return h;
  }

  /**
   * One entry's share of a function's fingerprint. A function's fingerprint is a bijection of
   * the sum of its entries' shares (an additive set hash: the keys are distinct, so no share is
   * counted twice, and well-mixed shares make two different entry sets collide no more often
   * than two random 64-bit numbers). A sum can be updated: {@code [f EXCEPT ![k] = v]} takes
   * one share out and puts one in, instead of hashing every entry again.
   */
  static long share(long key, long value) {
    return mix(key * MULTIPLIER + value);
  }

  private static final long SIZE_STEP = 0x3c6ef372fe94f82bL;

  /** A function's fingerprint, from the sum of its entries' shares and its number of entries. */
  static long ofFunction(long shares, int size) {
    return mix(shares + FUNCTION + size * SIZE_STEP);
  }

  /** The sum of shares a function's fingerprint was made from: {@link #ofFunction} undone. */
  static long sharesOf(long fingerprint, int size) {
    return unmix(fingerprint) - FUNCTION - size * SIZE_STEP;
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

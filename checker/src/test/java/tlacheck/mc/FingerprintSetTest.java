package tlacheck.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintSetTest {
  @Test
  void add_isTrueOnlyTheFirstTime_includingZero() {
    FingerprintSet set = new FingerprintSet();
    assertTrue(set.add(0));
    assertFalse(set.add(0));
    assertTrue(set.add(-1));
    assertFalse(set.add(-1));
    assertTrue(set.contains(0));
    assertFalse(set.contains(1));
    assertEquals(2, set.size());
  }

  @Test
  void growth_keepsEveryFingerprint_andStaysWithinSixteenBytesEach() {
    FingerprintSet set = new FingerprintSet();
    SplittableRandom random = new SplittableRandom(42);
    long[] fps = new long[300_000];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = random.nextLong();
      assertTrue(set.add(fps[i]));
    }
    for (long fp : fps) {
      assertTrue(set.contains(fp));
      assertFalse(set.add(fp));
    }
    assertFalse(set.contains(random.nextLong()));
    assertEquals(fps.length, set.size());
    assertTrue(set.maxLoad() <= 0.75);
    assertTrue(set.bytes() <= 16.0 * fps.length * 1.05, "bytes per fingerprint: " + set.bytes() / (double) fps.length);
  }

  @Test
  void weakFingerprints_smallConsecutiveNumbers_stillWork() {
    FingerprintSet set = new FingerprintSet();
    for (long fp = 1; fp <= 100_000; fp++) {
      assertTrue(set.add(fp));
    }
    for (long fp = 1; fp <= 100_000; fp++) {
      assertTrue(set.contains(fp));
    }
    assertFalse(set.contains(100_001));
  }
}

package tlacheck.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValuesTest {
  private static IntValue i(int v) {
    return IntValue.of(v);
  }

  @Test
  void setsAreCanonical_orderAndDuplicatesDoNotMatter() {
    EnumSetValue a = EnumSetValue.of(i(3), i(1), i(2), i(1));
    EnumSetValue b = EnumSetValue.of(i(1), i(2), i(3));
    assertEquals(a, b);
    assertEquals(a.fingerprint(), b.fingerprint());
    assertEquals("{1, 2, 3}", a.toString());
    assertEquals(new IntervalValue(1, 3), a);
    assertEquals(new IntervalValue(1, 3).fingerprint(), a.fingerprint());
    assertEquals(new IntervalValue(5, 4), EnumSetValue.EMPTY);
  }

  @Test
  void functionOnOneToN_isTheTuple() {
    FunctionValue f = Values.function(new Value[] {i(1), i(2)}, new Value[] {StringValue.of("a"), StringValue.of("b")});
    TupleValue t = TupleValue.of(StringValue.of("a"), StringValue.of("b"));
    assertEquals(t, f);
    assertEquals(t.fingerprint(), f.fingerprint());
    assertEquals("<<\"a\", \"b\">>", f.toString());
  }

  @Test
  void recordsPrintAsRecords_functionsWithColonGreater() {
    FunctionValue r = Values.record(new String[] {"b", "a"}, new Value[] {i(2), i(1)});
    assertEquals("[a |-> 1, b |-> 2]", r.toString());
    FunctionValue f = Values.function(new Value[] {i(2), i(5)}, new Value[] {BoolValue.TRUE, BoolValue.FALSE});
    assertEquals("(2 :> TRUE @@ 5 :> FALSE)", f.toString());
  }

  @Test
  void setsOrderBySizeThenElements_likeTlc() {
    EnumSetValue s = EnumSetValue.of(EnumSetValue.of(i(1), i(2)), EnumSetValue.of(i(3)), EnumSetValue.EMPTY);
    assertEquals("{{}, {3}, {1, 2}}", s.toString());
  }

  @Test
  void equalityAcrossKinds_isAnErrorExceptForModelValues() {
    assertThrows(ValueException.class, () -> Values.tlaEquals(i(1), StringValue.of("1")));
    assertTrue(!Values.tlaEquals(ModelValue.of("m"), i(1)));
    assertTrue(Values.tlaEquals(ModelValue.of("m"), ModelValue.of("m")));
  }

  @Test
  void lazySets_answerMembershipWithoutListing() {
    PowerSetValue power = new PowerSetValue(new IntervalValue(1, 20));
    assertTrue(power.contains(EnumSetValue.of(i(3), i(20))));
    FcnSetValue functions = new FcnSetValue(new IntervalValue(1, 2), InfiniteSetValue.NAT);
    assertTrue(functions.contains(TupleValue.of(i(7), i(0))));
    assertThrows(ValueException.class, () -> InfiniteSetValue.NAT.enumerate());
    assertEquals(4, new PowerSetValue(new IntervalValue(1, 2)).enumerate().size());
  }

  @Test
  void integerOverflow_isAnError() {
    assertThrows(ValueException.class, () -> IntValue.ofChecked(1L << 31));
    assertEquals(i(-5), IntValue.ofChecked(-5));
  }

  @Test
  void fingerprints_differForDifferentValues() {
    assertNotEquals(i(1).fingerprint(), i(2).fingerprint());
    assertNotEquals(EnumSetValue.of(i(1)).fingerprint(), TupleValue.of(i(1)).fingerprint());
    assertNotEquals(StringValue.of("a").fingerprint(), ModelValue.of("a").fingerprint());
  }

  @Test
  void unmix_undoesMix() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int k = 0; k < 1000; k++) {
      long x = random.nextLong();
      assertEquals(x, Fingerprints.unmix(Fingerprints.mix(x)));
    }
    assertEquals(0L, Fingerprints.unmix(Fingerprints.mix(0L)));
  }

  /** A copy with no fingerprint cached: its fingerprint is computed from every entry. */
  private static FunctionValue fresh(FunctionValue f) {
    if (f instanceof TupleValue t) {
      return new TupleValue(t.elements().clone());
    }
    int n = f.size();
    Value[] keys = new Value[n];
    Value[] values = new Value[n];
    for (int k = 0; k < n; k++) {
      keys[k] = f.keyAt(k);
      values[k] = f.valueAt(k);
    }
    return Values.function(keys, values);
  }

  @Test
  void updatedFingerprints_equalThoseComputedFromScratch() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    FunctionValue record = Values.record(new String[] {"a", "b", "c"}, new Value[] {i(1), i(2), i(3)});
    TupleValue sequence = TupleValue.of(i(1), StringValue.of("x"));
    record.fingerprint();
    sequence.fingerprint();
    for (int step = 0; step < 200; step++) {
      Value v = random.nextBoolean() ? i(random.nextInt(4)) : TupleValue.of(i(random.nextInt(3)));
      record = record.exceptAt(random.nextInt(record.size()), v);
      assertEquals(fresh(record).fingerprint(), record.fingerprint());
      sequence = random.nextInt(3) == 0 ? sequence.append(v)
          : (TupleValue) sequence.exceptAt(random.nextInt(sequence.size()), v);
      assertEquals(fresh(sequence).fingerprint(), sequence.fingerprint());
      // The same function as a FcnValue on 1..n: one fingerprint for both representations.
      Value[] keys = new Value[sequence.size()];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = i(k + 1);
      }
      FcnValue asFcn = new FcnValue(keys, sequence.elements().clone());
      assertEquals(sequence.fingerprint(), asFcn.fingerprint());
    }
  }

  @Test
  void functionFingerprints_tellEntriesApart() {
    // Swapping two values, or moving a value to another key, gives a different function.
    FunctionValue ab = Values.record(new String[] {"a", "b"}, new Value[] {i(1), i(2)});
    FunctionValue ba = Values.record(new String[] {"a", "b"}, new Value[] {i(2), i(1)});
    assertNotEquals(ab.fingerprint(), ba.fingerprint());
    assertNotEquals(TupleValue.of(i(1), i(2)).fingerprint(), TupleValue.of(i(2), i(1)).fingerprint());
    assertNotEquals(TupleValue.of(i(1)).fingerprint(), TupleValue.of(i(1), i(1)).fingerprint());
    assertNotEquals(TupleValue.EMPTY.fingerprint(), EnumSetValue.EMPTY.fingerprint());
    // Every function on {1, 2, 3} to {1, 2, 3}, and every sequence of them up to length 4: distinct.
    java.util.Set<Long> seen = new java.util.HashSet<>();
    int count = 0;
    for (int length = 0; length <= 4; length++) {
      int total = (int) Math.pow(3, length);
      for (int code = 0; code < total; code++) {
        Value[] elements = new Value[length];
        for (int k = 0, c = code; k < length; k++, c /= 3) {
          elements[k] = i(1 + c % 3);
        }
        seen.add(TupleValue.of(elements).fingerprint());
        count++;
      }
    }
    assertEquals(count, seen.size());
  }
}

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
}

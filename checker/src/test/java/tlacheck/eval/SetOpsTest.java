package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

/**
 * Union, intersection, difference and UNION merge sorted element arrays, or walk one alongside
 * the other, instead of sorting again: checked against sets built element by element in TLC's
 * order, for random operands of every relative size (so both the walking and the searching
 * paths are taken).
 */
class SetOpsTest {
  private final SplittableRandom random = new SplittableRandom(2026);

  private Value randomElement(int kind) {
    int v = random.nextInt(12);
    switch (kind) {
      case 0: return IntValue.of(v - 3);
      case 1: return StringValue.of("s" + v);
      default: return TupleValue.of(IntValue.of(v % 3), IntValue.of(v / 3));
    }
  }

  /** A random set of one kind of element, of size 0 to max. */
  private List<Value> randomElements(int kind, int max) {
    List<Value> list = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      list.add(randomElement(kind));
    }
    return list;
  }

  private static String reference(TreeSet<Value> set) {
    return EnumSetValue.of(set.toArray(new Value[0])).toString();
  }

  @Test
  void everyOperationAgreesWithElementwiseConstruction() {
    for (int round = 0; round < 3000; round++) {
      int kind = random.nextInt(3);
      List<Value> a = randomElements(kind, random.nextBoolean() ? 3 : 12);
      List<Value> b = randomElements(kind, random.nextBoolean() ? 3 : 12);
      SetValue left = EnumSetValue.of(a.toArray(new Value[0]));
      SetValue right = EnumSetValue.of(b.toArray(new Value[0]));
      TreeSet<Value> union = new TreeSet<>(a);
      union.addAll(b);
      TreeSet<Value> common = new TreeSet<>(a);
      common.retainAll(new TreeSet<>(b));
      TreeSet<Value> difference = new TreeSet<>(a);
      difference.removeAll(new TreeSet<>(b));
      String operands = left + " and " + right;
      assertEquals(reference(union), SetOps.union(left, right).toString(), operands);
      assertEquals(reference(common), SetOps.intersect(left, right).toString(), operands);
      assertEquals(reference(difference), SetOps.minus(left, right).toString(), operands);
      assertEquals(reference(union), SetOps.bigUnion(EnumSetValue.of(left, right)).toString(), operands);
    }
  }

  @Test
  void unionOfManyMembersAgreesWithElementwiseConstruction() {
    for (int round = 0; round < 500; round++) {
      int members = random.nextInt(9);
      List<Value> sets = new ArrayList<>();
      TreeSet<Value> all = new TreeSet<>();
      for (int m = 0; m < members; m++) {
        List<Value> elements = randomElements(0, 6);
        all.addAll(elements);
        sets.add(EnumSetValue.of(elements.toArray(new Value[0])));
      }
      SetValue family = EnumSetValue.of(sets.toArray(new Value[0]));
      assertEquals(reference(all), SetOps.bigUnion(family).toString(), family.toString());
      // UNION where only membership is asked: looked up in the members, listed only on demand.
      SetValue lazy = SetOps.unionForMembership(family);
      for (int probe = -4; probe <= 9; probe++) {
        Value v = IntValue.of(probe);
        assertEquals(all.contains(v), lazy.contains(v), family + " contains " + probe);
      }
      List<Value> other = randomElements(0, 8);
      TreeSet<Value> common = new TreeSet<>(other);
      common.retainAll(all);
      SetValue otherSet = EnumSetValue.of(other.toArray(new Value[0]));
      String operands = otherSet + " and UNION " + family;
      assertEquals(reference(common), SetOps.intersect(otherSet, lazy).toString(), operands);
      assertEquals(reference(common), SetOps.intersect(lazy, otherSet).toString(), operands);
      assertEquals(reference(all), SetOps.intersect(lazy, SetOps.unionForMembership(family)).toString(), operands);
      assertEquals(reference(all), lazy.toString(), family.toString());
      assertEquals(SetOps.bigUnion(family), lazy, family.toString());
      assertEquals(SetOps.bigUnion(family).fingerprint(), lazy.fingerprint(), family.toString());
    }
  }

  @Test
  void unionForMembershipMeetsASetThatCannotBeListed() {
    SetValue family = EnumSetValue.of(EnumSetValue.of(IntValue.of(-1), IntValue.of(2)), EnumSetValue.of(IntValue.of(5)));
    SetValue lazy = SetOps.unionForMembership(family);
    assertEquals("{2, 5}", SetOps.intersect(lazy, tlacheck.value.InfiniteSetValue.NAT).toString());
    assertEquals("{2, 5}", SetOps.intersect(tlacheck.value.InfiniteSetValue.NAT, lazy).toString());
  }

  @Test
  void unionForMembershipLooksInInfiniteMembersWithoutListingThem() {
    SetValue family = EnumSetValue.of(tlacheck.value.InfiniteSetValue.NAT); // UNION {Nat}
    SetValue lazy = SetOps.unionForMembership(family);
    assertEquals(true, lazy.contains(IntValue.of(0)));
    assertEquals(true, lazy.contains(IntValue.of(1000)));
    assertEquals(false, lazy.contains(IntValue.of(-1)));
    assertEquals("{7}", SetOps.intersect(EnumSetValue.of(IntValue.of(-2), IntValue.of(-1), IntValue.of(7)), lazy)
        .toString());
  }

  @Test
  void aRightOperandThatIsNotListedIsSearched() {
    SetValue left = EnumSetValue.of(IntValue.of(0), IntValue.of(5), IntValue.of(20));
    assertEquals("{5}", SetOps.intersect(left, new IntervalValue(1, 10)).toString());
    assertEquals("{0, 20}", SetOps.minus(left, new IntervalValue(1, 10)).toString());
  }
}

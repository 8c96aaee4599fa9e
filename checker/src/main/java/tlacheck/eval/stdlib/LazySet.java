package tlacheck.eval.stdlib;

import java.util.function.Predicate;
import java.util.function.Supplier;
import tlacheck.value.EnumSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;

/**
 * A finite set defined by a membership test, listed only when something needs its elements. TLC
 * keeps the sets of the CommunityModules' definitions ({@code Injection(S, T)} is
 * {@code {M \in [S -> T] : IsInjective(M)}}) the same way, so {@code f \in Injection(S, T)} is
 * decided without listing {@code [S -> T]}; both the test and the listing must give the set of
 * the definition.
 */
final class LazySet extends SetValue {
  private final Predicate<Value> member;
  private final Supplier<Value[]> listing;
  /** Set once, on first listing; racy but safe, as the set is immutable and always the same. */
  private EnumSetValue elements;

  /**
   * @param member whether a value is an element
   * @param listing the elements, in any order, duplicates allowed
   */
  LazySet(Predicate<Value> member, Supplier<Value[]> listing) {
    this.member = member;
    this.listing = listing;
  }

  @Override
  public boolean contains(Value element) {
    EnumSetValue listed = elements;
    return listed != null ? listed.contains(element) : member.test(element);
  }

  @Override
  public EnumSetValue enumerate() {
    EnumSetValue listed = elements;
    if (listed == null) {
      listed = EnumSetValue.of(listing.get());
      elements = listed;
    }
    return listed;
  }

  @Override
  public void print(StringBuilder out) {
    enumerate().print(out);
  }
}

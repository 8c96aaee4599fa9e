package tlacheck.eval.stdlib;

import tlacheck.value.BoolValue;
import tlacheck.value.IntValue;
import tlacheck.value.Values;

/** The standard module FiniteSets: {@code IsFiniteSet} and {@code Cardinality}. */
final class FiniteSets {
  private FiniteSets() {}

  static void define(OperatorTable finiteSets) {
    finiteSets.unary("IsFiniteSet", a -> BoolValue.of(Values.asSet(a, "IsFiniteSet").isEnumerable()));
    finiteSets.unary("Cardinality", a -> IntValue.of(Values.asSet(a, "Cardinality").size()));
  }
}

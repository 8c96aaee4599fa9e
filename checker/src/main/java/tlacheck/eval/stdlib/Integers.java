package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.OperatorTable.integer;

import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;

/** The standard module Integers: Naturals, plus {@code Int} and unary minus. */
final class Integers {
  private Integers() {}

  static void define(OperatorTable integers) {
    integers.extend("Naturals");
    integers.constant("Int", InfiniteSetValue.INT);
    integers.unary("-.", a -> IntValue.ofChecked(-(long) integer(a, "-")));
  }
}

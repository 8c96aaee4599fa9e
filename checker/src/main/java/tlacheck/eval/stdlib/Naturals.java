package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.OperatorTable.integer;

import tlacheck.value.BoolValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * The standard module Naturals: {@code Nat} and arithmetic on TLC's 32-bit integers, where a
 * result outside that range is an error ({@code IntValue.ofChecked}).
 */
final class Naturals {
  private Naturals() {}

  static void define(OperatorTable naturals) {
    naturals.constant("Nat", InfiniteSetValue.NAT);
    naturals.binary("+", (a, b) -> IntValue.ofChecked((long) integer(a, "+") + integer(b, "+")));
    naturals.binary("-", (a, b) -> IntValue.ofChecked((long) integer(a, "-") - integer(b, "-")));
    naturals.binary("*", (a, b) -> IntValue.ofChecked((long) integer(a, "*") * integer(b, "*")));
    naturals.binary("^", (a, b) -> power(integer(a, "^"), integer(b, "^")));
    naturals.binary("\\div", (a, b) -> {
      int x = integer(a, "\\div");
      int y = integer(b, "\\div");
      if (y == 0) {
        throw new ValueException("division by zero in " + x + " \\div 0");
      }
      return IntValue.ofChecked(Math.floorDiv((long) x, (long) y));
    });
    naturals.binary("%", (a, b) -> {
      int x = integer(a, "%");
      int y = integer(b, "%");
      if (y <= 0) {
        throw new ValueException("the second argument of % must be positive, but " + x + " % " + y + " was asked");
      }
      return IntValue.of(Math.floorMod(x, y));
    });
    naturals.binary("<", (a, b) -> BoolValue.of(integer(a, "<") < integer(b, "<")));
    naturals.binary("<=", (a, b) -> BoolValue.of(integer(a, "<=") <= integer(b, "<=")));
    naturals.binary(">", (a, b) -> BoolValue.of(integer(a, ">") > integer(b, ">")));
    naturals.binary(">=", (a, b) -> BoolValue.of(integer(a, ">=") >= integer(b, ">=")));
    naturals.binary("..", (a, b) -> new IntervalValue(integer(a, ".."), integer(b, "..")));
  }

  private static Value power(int base, int exponent) {
    if (exponent < 0) {
      throw new ValueException("negative exponent in " + base + "^" + exponent);
    }
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
      if (result > Integer.MAX_VALUE || result < Integer.MIN_VALUE) {
        return IntValue.ofChecked(result);
      }
    }
    return IntValue.of((int) result);
  }
}

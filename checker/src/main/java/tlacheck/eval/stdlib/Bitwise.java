package tlacheck.eval.stdlib;

import tlacheck.value.IntValue;
import tlacheck.value.Value;
import tlacheck.value.Values;

/**
 * The CommunityModule Bitwise: {@code &}, {@code |}, {@code ^^}, {@code Not} and {@code shiftR}
 * (it instantiates Integers LOCALly, so a spec sees only these). Bitwise.tla defines them by
 * recursion for non-negative numbers only (on negative ones it does not terminate); TLC
 * computes them in Java on its 32-bit integers, and so does this, with TLC's answers for negative
 * numbers too: {@code &}, {@code |} and {@code ^^} on two's complement, {@code shiftR} a logical
 * shift (Java's {@code >>>}, whose count is taken modulo 32), and {@code Not(x)} the bits of x
 * below its highest set bit flipped, 0 for x <= 0.
 */
final class Bitwise {
  private Bitwise() {}

  static void define(OperatorTable bitwise) {
    bitwise.binary("&", (a, b) -> IntValue.of(integer(a, "&") & integer(b, "&")));
    bitwise.binary("|", (a, b) -> IntValue.of(integer(a, "|") | integer(b, "|")));
    bitwise.binary("^^", (a, b) -> IntValue.of(integer(a, "^^") ^ integer(b, "^^")));
    bitwise.unary("Not", a -> {
      int x = integer(a, "Not");
      return IntValue.of(x <= 0 ? 0 : ~x & (Integer.highestOneBit(x) * 2 - 1));
    });
    bitwise.binary("shiftR", (n, pos) -> IntValue.of(integer(n, "shiftR") >>> integer(pos, "shiftR")));
  }

  private static int integer(Value v, String op) {
    return Values.asInt(v, op);
  }
}

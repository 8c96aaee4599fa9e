package tlacheck.eval.stdlib;

import tlacheck.eval.Node;
import tlacheck.value.StringValue;
import tlacheck.value.ValueException;

/**
 * TLC's standard module Reals, which TLC cannot evaluate either: {@code Real} is, as in TLC's
 * Reals.tla, the placeholder string "Reals" (so {@code r \in Real} is an error), and
 * {@code a / b} and {@code Infinity}, defined there by CHOOSEs over Real, are errors when
 * evaluated. It extends Integers, and RealTime extends it.
 */
final class Reals {
  private Reals() {}

  static void define(OperatorTable reals) {
    reals.extend("Integers");
    reals.constant("Real", StringValue.of("Reals"));
    reals.binary("/", (a, b) -> {
      throw new ValueException("a / b is defined in Reals as CHOOSE m \\in Real : m * b = a, which neither TLC"
          + " nor tlacheck can evaluate (Real cannot be enumerated)");
    });
    reals.nary("Infinity", 0, v -> {
      throw new ValueException("Infinity is defined in Reals by an unbounded CHOOSE, which neither TLC nor"
          + " tlacheck can evaluate");
    }, Node.CONSTANT);
  }
}

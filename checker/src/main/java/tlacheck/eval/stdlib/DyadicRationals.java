package tlacheck.eval.stdlib;

import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module DyadicRationals: fractions as records {@code [num |-> n, den |-> d]}.
 * Its LOCAL {@code Reduce} divides by the greatest common divisor, which its definition takes
 * over {@code 1..n} (so not for a numerator of 0 or below); TLC's Java implementation takes the
 * greatest common divisor of the absolute values (of 0 and d, d), and so does this one:
 * {@code Add([num |-> -1, den |-> 2], [num |-> 1, den |-> 2])} is {@code Zero}.
 */
final class DyadicRationals {
  private static final String[] FIELDS = {"num", "den"};
  private static final Value ZERO = fraction(0, 1);
  private static final Value ONE = fraction(1, 1);

  private DyadicRationals() {}

  static void define(OperatorTable dyadic) {
    dyadic.unary("IsDyadicRational", r -> {
      long den = part(r, "den", "IsDyadicRational");
      return BoolValue.of(den > 0 && (den & den - 1) == 0); // \E i \in 0..r.den : 2^i = r.den
    });
    dyadic.constant("Zero", ZERO);
    dyadic.constant("One", ONE);
    dyadic.binary("Add", DyadicRationals::add);
    dyadic.unary("Half", p -> reduce(part(p, "num", "Half"), part(p, "den", "Half") * 2));
    dyadic.unary("PrettyPrint", p -> {
      if (Values.tlaEquals(p, ZERO)) {
        return StringValue.of("0");
      }
      if (Values.tlaEquals(p, ONE)) {
        return StringValue.of("1");
      }
      FunctionValue f = Values.asFunction(p, "PrettyPrint");
      return StringValue.of(f.apply(StringValue.of("num")) + "/" + f.apply(StringValue.of("den")));
    });
  }

  /**
   * {@code Add(p, q)}: q itself when p is Zero; else both over the larger denominator (which
   * the other divides, the fractions being dyadic), added, reduced.
   */
  private static Value add(Value p, Value q) {
    if (Values.tlaEquals(p, ZERO)) {
      return q;
    }
    long pNum = part(p, "num", "Add");
    long pDen = part(p, "den", "Add");
    long qNum = part(q, "num", "Add");
    long qDen = part(q, "den", "Add");
    long common = Math.max(pDen, qDen);
    long sum = qNum * Math.floorDiv(common, qDen) + pNum * Math.floorDiv(common, pDen);
    return reduce(sum, common);
  }

  /** The LOCAL Reduce of {@code num/den}: both parts divided by their greatest common divisor. */
  private static Value reduce(long num, long den) {
    long gcd = gcd(Math.abs(num), Math.abs(den));
    if (gcd == 0) {
      throw new ValueException("DyadicRationals: the fraction " + num + "/" + den + " has no greatest common divisor");
    }
    return fraction(num / gcd, den / gcd);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static Value fraction(long num, long den) {
    return Values.record(FIELDS, new Value[] {IntValue.ofChecked(num), IntValue.ofChecked(den)});
  }

  private static long part(Value r, String field, String op) {
    return OperatorTable.integer(Values.asFunction(r, op).apply(StringValue.of(field)), op);
  }
}

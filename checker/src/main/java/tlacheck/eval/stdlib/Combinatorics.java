package tlacheck.eval.stdlib;

import java.math.BigInteger;
import tlacheck.value.FunctionValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * The CommunityModules' module Combinatorics: {@code factorial}, a function over Nat (applied,
 * never listed, as in TLC), and {@code choose(n, k)}, which TLC's Java implementation computes
 * directly, so that it is defined wherever the result is a 32-bit integer (not only where
 * {@code factorial[n]} is), and 0 when k > n.
 */
final class Combinatorics {
  private Combinatorics() {}

  static void define(OperatorTable combinatorics) {
    ModuleExtends.extend(combinatorics, "Naturals");
    combinatorics.constant("factorial", new Factorial());
    combinatorics.binary("choose", Combinatorics::choose);
  }

  private static Value choose(Value nValue, Value kValue) {
    int n = natural(nValue, "first");
    int k = natural(kValue, "second");
    if (k > n) {
      return IntValue.of(0);
    }
    BigInteger result = BigInteger.ONE;
    int smaller = Math.min(k, n - k);
    for (int i = 1; i <= smaller; i++) {
      result = result.multiply(BigInteger.valueOf(n - smaller + i)).divide(BigInteger.valueOf(i));
    }
    if (result.bitLength() > 31) {
      throw new ValueException("Overflow when computing " + n + "choose" + k);
    }
    return IntValue.of(result.intValue());
  }

  private static int natural(Value v, String which) {
    if (!(v instanceof IntValue i) || i.value() < 0) {
      throw new ValueException("The " + which + " argument of choose should be a natural number, but instead it is: " + v);
    }
    return i.value();
  }

  /** {@code factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n-1]}. */
  static final class Factorial extends FunctionValue {
    @Override
    public Value apply(Value arg) {
      if (!inDomain(arg)) {
        throw new ValueException("the function factorial is applied to " + arg + ", which is not in its domain Nat");
      }
      long product = 1;
      for (int i = 2; i <= ((IntValue) arg).value(); i++) {
        if (product * i > Integer.MAX_VALUE) {
          throw new ValueException("Overflow when computing " + i + "*" + product + " (factorial[" + arg + "])");
        }
        product *= i;
      }
      return IntValue.of((int) product);
    }

    @Override
    public boolean inDomain(Value arg) {
      return arg instanceof IntValue i && i.value() >= 0;
    }

    @Override
    public SetValue domain() {
      return InfiniteSetValue.NAT;
    }

    private static ValueException notListable() {
      return new ValueException("factorial is a function over Nat: it can be applied, but not listed");
    }

    @Override
    public int size() {
      throw notListable();
    }

    @Override
    public Value keyAt(int i) {
      throw notListable();
    }

    @Override
    public Value valueAt(int i) {
      throw notListable();
    }

    @Override
    public FunctionValue except(Value key, Value value) {
      throw notListable();
    }
  }
}

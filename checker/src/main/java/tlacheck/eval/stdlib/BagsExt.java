package tlacheck.eval.stdlib;

import java.util.Arrays;
import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule BagsExt. It instantiates Bags, Integers and Folds LOCALly, so a spec that
 * extends it sees only its own operators. Each operator means its definition in BagsExt.tla,
 * which does not check that its argument is a bag ({@code BagAdd(<<0>>, 1) = <<1>>}); FoldBag
 * (and SumBag, ProductBag through it) follows TLC's Java override, which takes bags only and
 * combines the copies in the order of the elements, the first innermost:
 * {@code op(... op(op(base, x1), x1) ..., xn)}.
 */
final class BagsExt {
  private BagsExt() {}

  private static final Value ONE = IntValue.of(1);

  static void define(OperatorTable ext) {
    ext.binary("BagAdd", (b, x) -> {
      FunctionValue f = Values.asFunction(b, "BagAdd");
      if (f.inDomain(x)) {
        return f.except(x, Functions.plus(f.apply(x), ONE));
      }
      Value[] keys = Arrays.copyOf(keys(f), f.size() + 1);
      Value[] values = Arrays.copyOf(values(f), f.size() + 1);
      keys[f.size()] = x;
      values[f.size()] = ONE;
      return Values.functionUnsorted(keys, values);
    });
    ext.binary("BagRemove", (b, x) -> {
      FunctionValue f = Values.asFunction(b, "BagRemove");
      if (!f.inDomain(x)) {
        return f;
      }
      Value count = f.apply(x);
      if (Values.tlaEquals(count, ONE)) {
        return without(f, x);
      }
      return f.except(x, IntValue.ofChecked((long) Values.asInt(count, "-") - 1));
    });
    ext.binary("BagRemoveAll", (b, x) -> without(Values.asFunction(b, "BagRemoveAll"), x));
    HigherOrder.define(ext, "MapThenFoldBag", new int[] {2, 0, 1, 1, 0},
        (v, ops) -> mapThenFoldBag(ops[0], v[1], ops[2], Values.asFunction(v[4], "MapThenFoldBag")));
    HigherOrder.define(ext, "FoldBag", new int[] {2, 0, 0}, (v, ops) -> foldBag(ops[0]::call, v[1], v[2]));
    ext.unary("SumBag", b -> foldBag(Functions::plus, IntValue.of(0), b));
    ext.unary("ProductBag", b -> foldBag(
        (x, y) -> IntValue.ofChecked((long) Values.asInt(x, "*") * Values.asInt(y, "*")), ONE, b));
  }

  private static Value[] keys(FunctionValue f) {
    Value[] keys = new Value[f.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = f.keyAt(i);
    }
    return keys;
  }

  private static Value[] values(FunctionValue f) {
    Value[] values = new Value[f.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = f.valueAt(i);
    }
    return values;
  }

  /** {@code [e \in DOMAIN f \ {x} |-> f[e]]}. */
  private static FunctionValue without(FunctionValue f, Value x) {
    int at = f.positionOf(x);
    if (at < 0) {
      return f;
    }
    Value[] keys = new Value[f.size() - 1];
    Value[] values = new Value[keys.length];
    for (int i = 0, k = 0; i < f.size(); i++) {
      if (i != at) {
        keys[k] = f.keyAt(i);
        values[k++] = f.valueAt(i);
      }
    }
    return Values.function(keys, values);
  }

  /**
   * The definition: the copies of each element x are folded into {@code op(... op(base, f(x)) ...,
   * f(x))}, and those results combined as MapThenFoldSet does, the least element outermost. The
   * definition never calls its {@code choose} argument.
   */
  private static Value mapThenFoldBag(Operator op, Value base, Operator f, FunctionValue bag) {
    Value[] handled = new Value[bag.size()];
    for (int i = 0; i < handled.length; i++) {
      Value count = bag.valueAt(i);
      if (!(count instanceof IntValue n) || n.value() < 1) {
        throw new ValueException("MapThenFoldBag: the count " + count + " of " + bag.keyAt(i)
            + " is not in the domain Nat \\ {0} of its fold");
      }
      Value x = bag.keyAt(i);
      Value h = op.call(base, f.call(x));
      for (int copy = 2; copy <= n.value(); copy++) {
        h = op.call(h, f.call(x));
      }
      handled[i] = h;
    }
    Value result = base;
    for (int i = handled.length - 1; i >= 0; i--) {
      result = op.call(handled[i], result);
    }
    return result;
  }

  /** TLC's override of FoldBag: for every copy of every element, in order, {@code acc = op(acc, x)}. */
  private static Value foldBag(Functions.Combine op, Value base, Value b) {
    if (!(b instanceof FunctionValue bag)) {
      throw new ValueException("FoldBag expects a bag, but got " + Values.describe(b));
    }
    for (int i = 0; i < bag.size(); i++) {
      if (!(bag.valueAt(i) instanceof IntValue n) || n.value() < 1) {
        throw new ValueException("FoldBag: the count " + bag.valueAt(i) + " of " + bag.keyAt(i)
            + " in " + bag + " is not a positive integer");
      }
    }
    Value result = base;
    for (int i = 0; i < bag.size(); i++) {
      Value x = bag.keyAt(i);
      for (int copy = ((IntValue) bag.valueAt(i)).value(); copy > 0; copy--) {
        result = op.apply(result, x);
      }
    }
    return result;
  }
}

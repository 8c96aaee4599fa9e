package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.EnumSetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule Folds: {@code MapThenFoldSet(op, base, f, choose, S)}, the fold the other
 * modules' folds are defined with. TLC interprets its definition (it has no Java override), so
 * the order is the definition's: the element chosen first is combined last,
 * {@code op(f(x1), op(f(x2), ... op(f(xn), base)))} where {@code x1 = choose(S)},
 * {@code x2 = choose(S \ {x1})}, ...
 */
final class Folds {
  private Folds() {}

  static void define(OperatorTable folds) {
    HigherOrder.define(folds, "MapThenFoldSet", new int[] {2, 0, 1, 1, 0},
        (v, ops) -> mapThenFoldSet(ops[0], v[1], ops[2], ops[3], v[4]));
  }

  static Value mapThenFoldSet(Operator op, Value base, Operator f, Operator choose, Value set) {
    Value[] remaining = Values.asSet(set, "MapThenFoldSet").enumerate().elements();
    List<Value> chosen = new ArrayList<>(remaining.length);
    while (remaining.length > 0) {
      Value x = choose.call(EnumSetValue.ofSortedPrefix(remaining, remaining.length));
      Value[] rest = without(remaining, x);
      if (rest == null) {
        // The definition would recurse on the same set forever (TLC overflows its stack).
        throw new ValueException("the choose operator of MapThenFoldSet returned " + x
            + ", which is not an element of " + EnumSetValue.ofSortedPrefix(remaining, remaining.length));
      }
      chosen.add(x);
      remaining = rest;
    }
    Value result = base;
    for (int i = chosen.size() - 1; i >= 0; i--) {
      result = op.call(f.call(chosen.get(i)), result);
    }
    return result;
  }

  /** The sorted elements without {@code x}, or null when x is not among them. */
  private static Value[] without(Value[] sorted, Value x) {
    for (int i = 0; i < sorted.length; i++) {
      if (Values.tlaEquals(sorted[i], x)) {
        Value[] rest = new Value[sorted.length - 1];
        System.arraycopy(sorted, 0, rest, 0, i);
        System.arraycopy(sorted, i + 1, rest, i, rest.length - i);
        return rest;
      }
    }
    return null;
  }
}

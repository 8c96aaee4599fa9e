package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.Functions.set;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.SetOps;
import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule FiniteSetsExt (which extends Integers, FiniteSets, Folds and Functions).
 * Each operator means its definition in FiniteSetsExt.tla; {@code FoldSet} (and SumSet,
 * ProductSet, ReduceSet through it) follows TLC's Java override, which combines the elements in
 * the set's order, the first innermost: {@code op(xn, ... op(x1, base))}. {@code kSubset} is
 * tested without being listed.
 */
final class FiniteSetsExt {
  private FiniteSetsExt() {}

  static void define(OperatorTable ext) {
    ext.extend("Integers");
    ext.extend("FiniteSets");
    ext.extend("Folds");
    ext.extend("Functions");
    HigherOrder.define(ext, "FoldSet", new int[] {2, 0, 0}, (v, ops) -> foldSet(ops[0], v[1], v[2], "FoldSet"));
    ext.unary("SumSet", s -> {
      Value sum = IntValue.of(0);
      for (Value e : set(s, "SumSet").elements()) {
        sum = Functions.plus(e, sum);
      }
      return sum;
    });
    ext.unary("ProductSet", s -> {
      Value product = IntValue.of(1);
      for (Value e : set(s, "ProductSet").elements()) {
        product = IntValue.ofChecked((long) Values.asInt(e, "*") * Values.asInt(product, "*"));
      }
      return product;
    });
    HigherOrder.define(ext, "ReduceSet", new int[] {2, 0, 0}, (v, ops) -> foldSet(ops[0], v[2], v[1], "ReduceSet"));
    HigherOrder.define(ext, "MapThenSumSet", new int[] {1, 0}, (v, ops) -> {
      // MapThenFoldSet(+, 0, op, LAMBDA s : CHOOSE x \in s : TRUE, set): the least element is
      // chosen first and added last.
      Value[] elements = set(v[1], "MapThenSumSet").elements();
      Value[] mapped = new Value[elements.length];
      for (int i = 0; i < elements.length; i++) {
        mapped[i] = ops[0].call(elements[i]);
      }
      Value sum = IntValue.of(0);
      for (int i = mapped.length - 1; i >= 0; i--) {
        sum = Functions.plus(mapped[i], sum);
      }
      return sum;
    });
    ext.unary("FlattenSet", SetOps::bigUnion);
    ext.binary("SymDiff", (a, b) -> SetOps.union(SetOps.minus(a, b), SetOps.minus(b, a)));
    HigherOrder.define(ext, "Quantify", new int[] {0, 1}, (v, ops) -> {
      int count = 0;
      for (Value e : set(v[0], "Quantify").elements()) {
        if (ops[1].test(e)) {
          count++;
        }
      }
      return IntValue.of(count);
    });
    ext.binary("kSubset", FiniteSetsExt::kSubset);
    ext.unary("Max", s -> extreme(s, "Max", 1));
    ext.unary("Min", s -> extreme(s, "Min", -1));
    ext.unary("Choices", FiniteSetsExt::choices);
    HigherOrder.define(ext, "ChooseUnique", new int[] {0, 1}, (v, ops) -> {
      Value found = null;
      int count = 0;
      for (Value e : set(v[0], "ChooseUnique").elements()) {
        if (ops[1].test(e)) {
          found = e;
          count++;
        }
      }
      if (count != 1) {
        throw new ValueException("ChooseUnique: " + count + " elements of " + v[0]
            + " satisfy the predicate, not exactly one (CHOOSE found no element satisfying it)");
      }
      return found;
    });
  }

  /** {@code op(xn, ... op(x1, base))} over the elements in order: TLC's override of FoldSet. */
  static Value foldSet(Operator op, Value base, Value s, String name) {
    Value result = base;
    for (Value e : set(s, name).elements()) {
      result = op.call(e, result);
    }
    return result;
  }

  /** The greatest ({@code sign} 1) or least (-1) element of a non-empty finite set of integers. */
  private static Value extreme(Value s, String name, int sign) {
    Value[] elements = set(s, name).elements();
    if (elements.length == 0) {
      throw new ValueException(name + " of the empty set (CHOOSE x \\in S : P found no element of S)");
    }
    String compare = sign > 0 ? ">=" : "<=";
    Value best = elements[0];
    int bestValue = Values.asInt(best, compare);
    for (Value e : elements) {
      int x = Values.asInt(e, compare);
      if (Integer.compare(x, bestValue) * sign > 0) {
        best = e;
        bestValue = x;
      }
    }
    return best;
  }

  /** {@code {s \in SUBSET S : Cardinality(s) = k}}, tested without listing SUBSET S. */
  private static Value kSubset(Value kv, Value sv) {
    int k = Values.asInt(kv, "kSubset");
    SetValue base = Values.asSet(sv, "kSubset");
    return new LazySet(x -> {
      set(sv, "kSubset"); // as TLC, only a set that can be listed
      return x instanceof SetValue s && s.size() == k && s.isSubsetOf(base);
    }, () -> {
      Value[] elements = set(sv, "kSubset").elements();
      List<Value> out = new ArrayList<>();
      if (k >= 0 && k <= elements.length) {
        combinations(elements, k, 0, new Value[k], 0, out);
      }
      return out.toArray(new Value[0]);
    });
  }

  private static void combinations(Value[] elements, int k, int from, Value[] chosen, int count, List<Value> out) {
    if (count == k) {
      out.add(EnumSetValue.ofSortedPrefix(chosen.clone(), k));
      return;
    }
    for (int i = from; i <= elements.length - (k - count); i++) {
      chosen[count] = elements[i];
      combinations(elements, k, i + 1, chosen, count + 1, out);
    }
  }

  /** Every set made of one element of each set in {@code sets} (the ranges of the choice functions). */
  private static Value choices(Value sv) {
    Value[] members = set(sv, "Choices").elements();
    Value[][] options = new Value[members.length][];
    for (int i = 0; i < members.length; i++) {
      options[i] = set(members[i], "Choices").elements();
    }
    List<Value> out = new ArrayList<>();
    choose(options, 0, new Value[members.length], out);
    return EnumSetValue.of(out);
  }

  private static void choose(Value[][] options, int index, Value[] chosen, List<Value> out) {
    if (index == options.length) {
      out.add(EnumSetValue.of(chosen.clone()));
      return;
    }
    for (Value option : options[index]) {
      chosen[index] = option;
      choose(options, index + 1, chosen, out);
    }
  }
}

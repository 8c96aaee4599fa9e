package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.eval.Node;
import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FcnSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule Functions (which extends Integers and Folds). Each operator means its
 * definition in Functions.tla; where TLC replaces the definition by a Java override, this
 * follows the override's answer, which users of the CommunityModules get:
 * <ul>
 *   <li>{@code FoldFunction} and {@code FoldFunctionOnSet} combine the values in the order of
 *       the domain, the first innermost: {@code op(f[xn], ... op(f[x1], base))} (the definition
 *       through MapThenFoldSet would combine the first outermost);
 *   <li>{@code AntiFunction} of a function that is not injective is an error (the definition
 *       would pick a preimage).
 * </ul>
 * Injection, Surjection and Bijection are tested without being listed, as TLC does with the
 * definitions' set filters.
 */
final class Functions {
  private Functions() {}

  static void define(OperatorTable functions) {
    functions.extend("Integers");
    functions.extend("Folds");
    functions.binary("Restrict", (f, s) -> restrict(function(f, "Restrict"), set(s, "Restrict").elements()));
    HigherOrder.define(functions, "RestrictDomain", new int[] {0, 1}, (v, ops) -> {
      FunctionValue f = function(v[0], "RestrictDomain");
      List<Value> kept = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        if (ops[1].test(f.keyAt(i))) {
          kept.add(f.keyAt(i));
        }
      }
      return restrict(f, kept.toArray(new Value[0]));
    });
    HigherOrder.define(functions, "RestrictValues", new int[] {0, 1}, (v, ops) -> {
      FunctionValue f = function(v[0], "RestrictValues");
      List<Value> kept = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        if (ops[1].test(f.valueAt(i))) {
          kept.add(f.keyAt(i));
        }
      }
      return restrict(f, kept.toArray(new Value[0]));
    });
    functions.binary("IsRestriction", (n, w) -> BoolValue.of(isRestriction(function(n, "IsRestriction"),
        function(w, "IsRestriction"))));
    functions.unary("Range", f -> range(function(f, "Range")));
    HigherOrder.define(functions, "Pointwise", new int[] {0, 0, 2}, (v, ops) -> pointwise(v[0], v[1], ops[2]));
    functions.nary("Inverse", 3, v -> inverse(function(v[0], "Inverse"), set(v[1], "Inverse"), set(v[2], "Inverse")),
        Node.CONSTANT);
    functions.unary("AntiFunction", f -> antiFunction(function(f, "AntiFunction")));
    functions.unary("IsInjective", f -> BoolValue.of(isInjective(function(f, "IsInjective"))));
    functions.binary("Injection", (s, t) -> injections(s, t, false));
    functions.binary("Surjection", Functions::surjections);
    functions.binary("Bijection", (s, t) -> injections(s, t, true));
    functions.binary("ExistsInjection", (s, t) -> BoolValue.of(size(s, "ExistsInjection") <= size(t, "ExistsInjection")));
    functions.binary("ExistsSurjection", (s, t) -> {
      int from = size(s, "ExistsSurjection");
      int to = size(t, "ExistsSurjection");
      return BoolValue.of(to == 0 ? from == 0 : from >= to);
    });
    functions.binary("ExistsBijection", (s, t) -> BoolValue.of(size(s, "ExistsBijection") == size(t, "ExistsBijection")));
    HigherOrder.define(functions, "FoldFunctionOnSet", new int[] {2, 0, 0, 0}, (v, ops) -> {
      FunctionValue f = function(v[2], "FoldFunctionOnSet");
      return foldValues(ops[0]::call, v[1], f, set(v[3], "FoldFunctionOnSet").elements());
    });
    HigherOrder.define(functions, "FoldFunction", new int[] {2, 0, 0},
        (v, ops) -> foldFunction(ops[0]::call, v[1], v[2], "FoldFunction"));
    functions.binary("SumFunctionOnSet", (f, s) -> foldValues(Functions::plus, IntValue.of(0),
        function(f, "SumFunctionOnSet"), set(s, "SumFunctionOnSet").elements()));
    functions.unary("SumFunction", f -> foldFunction(Functions::plus, IntValue.of(0), f, "SumFunction"));
  }

  /** A binary operation on values: a bound operator argument, or an arithmetic operator. */
  interface Combine {
    Value apply(Value a, Value b);
  }

  static FunctionValue function(Value v, String op) {
    return Values.asFunction(v, op);
  }

  /** The elements of a set that can be listed, in canonical order. */
  static EnumSetValue set(Value v, String op) {
    SetValue s = Values.asSet(v, op);
    if (!s.isEnumerable()) {
      throw new ValueException(op + " expects a finite set, but got " + Values.describe(v));
    }
    return s.enumerate();
  }

  private static int size(Value v, String op) {
    return set(v, op).size();
  }

  static Value plus(Value a, Value b) {
    return IntValue.ofChecked((long) Values.asInt(a, "+") + Values.asInt(b, "+"));
  }

  /** {@code [x \in keys |-> f[x]]}; keys sorted canonically. */
  static FunctionValue restrict(FunctionValue f, Value[] keys) {
    Value[] values = new Value[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = f.apply(keys[i]);
    }
    return Values.function(keys, values);
  }

  private static boolean isRestriction(FunctionValue narrow, FunctionValue wide) {
    for (int i = 0; i < narrow.size(); i++) {
      if (!wide.inDomain(narrow.keyAt(i))) {
        return false;
      }
    }
    for (int i = 0; i < narrow.size(); i++) {
      if (!Values.tlaEquals(narrow.valueAt(i), wide.apply(narrow.keyAt(i)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code {f[x] : x \in DOMAIN f}}. */
  static EnumSetValue range(FunctionValue f) {
    Value[] values = new Value[f.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = f.valueAt(i);
    }
    return EnumSetValue.of(values);
  }

  private static Value pointwise(Value fv, Value gv, Operator t) {
    FunctionValue f = function(fv, "Pointwise");
    Value[] keys = new Value[f.size()];
    Value[] values = new Value[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = f.keyAt(i);
      values[i] = t.call(f.valueAt(i), function(gv, "Pointwise").apply(keys[i]));
    }
    return Values.function(keys, values);
  }

  /** {@code [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]}: the first such s in S's order. */
  private static Value inverse(FunctionValue f, EnumSetValue from, EnumSetValue to) {
    EnumSetValue range = range(f);
    Value[] keys = to.elements();
    Value[] values = new Value[keys.length];
    for (int k = 0; k < keys.length; k++) {
      Value t = keys[k];
      boolean inRange = range.contains(t);
      for (Value s : from.elements()) {
        if (!inRange || Values.tlaEquals(f.apply(s), t)) {
          values[k] = s;
          break;
        }
      }
      if (values[k] == null) {
        throw new ValueException("Inverse: no element of " + from + " is mapped to " + t
            + " (CHOOSE s \\in S : P found no element of S satisfying P)");
      }
    }
    return Values.function(keys, values);
  }

  /** {@code [f[x] |-> x]}: as TLC's override, an error when two elements have the same image. */
  private static Value antiFunction(FunctionValue f) {
    int n = f.size();
    Value[] images = new Value[n];
    Value[] preimages = new Value[n];
    for (int i = 0; i < n; i++) {
      images[i] = f.valueAt(i);
      preimages[i] = f.keyAt(i);
    }
    FunctionValue inverse = Values.functionUnsorted(images, preimages);
    if (inverse.size() != n) {
      throw new ValueException("AntiFunction: the value " + firstRepeated(images)
          + " occurs more than once in the range of " + f + ", which is not injective");
    }
    return inverse;
  }

  private static Value firstRepeated(Value[] values) {
    Value[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].compareTo(sorted[i - 1]) == 0) {
        return sorted[i];
      }
    }
    return null;
  }

  static boolean isInjective(FunctionValue f) {
    int n = f.size();
    if (n < 2) {
      return true;
    }
    Value[] values = new Value[n];
    for (int i = 0; i < n; i++) {
      values[i] = f.valueAt(i);
    }
    return firstRepeated(values) == null;
  }

  /** {@code Injection(S, T)} (or, if {@code bijective}, {@code Bijection(S, T)}). */
  private static Value injections(Value s, Value t, boolean bijective) {
    String op = bijective ? "Bijection" : "Injection";
    FcnSetValue all = new FcnSetValue(Values.asSet(s, op), Values.asSet(t, op));
    return new LazySet(m -> all.contains(m) && isInjective((FunctionValue) m)
        && (!bijective || ((FunctionValue) m).size() == set(t, op).size()), () -> {
          Value[] keys = set(s, op).elements();
          Value[] range = set(t, op).elements();
          List<Value> out = new ArrayList<>();
          if (!bijective || keys.length == range.length) {
            arrangements(keys, range, new Value[keys.length], new boolean[range.length], 0, out);
          }
          return out.toArray(new Value[0]);
        });
  }

  /** Every injective function from keys into range (as value arrays chosen position by position). */
  private static void arrangements(Value[] keys, Value[] range, Value[] chosen, boolean[] used, int index,
      List<Value> out) {
    if (index == keys.length) {
      out.add(Values.function(keys, chosen.clone()));
      return;
    }
    for (int i = 0; i < range.length; i++) {
      if (!used[i]) {
        used[i] = true;
        chosen[index] = range[i];
        arrangements(keys, range, chosen, used, index + 1, out);
        used[i] = false;
      }
    }
  }

  private static Value surjections(Value s, Value t) {
    FcnSetValue all = new FcnSetValue(Values.asSet(s, "Surjection"), Values.asSet(t, "Surjection"));
    return new LazySet(m -> all.contains(m) && range((FunctionValue) m).size() == set(t, "Surjection").size(), () -> {
      int size = set(t, "Surjection").size();
      List<Value> out = new ArrayList<>();
      for (Value m : all.enumerate().elements()) {
        if (range((FunctionValue) m).size() == size) {
          out.add(m);
        }
      }
      return out.toArray(new Value[0]);
    });
  }

  /** {@code op(f[kn], ... op(f[k1], base))} for the keys in order: TLC's override of FoldFunctionOnSet. */
  static Value foldValues(Combine op, Value base, FunctionValue f, Value[] keys) {
    Value result = base;
    for (Value key : keys) {
      result = op.apply(f.apply(key), result);
    }
    return result;
  }

  static Value foldFunction(Combine op, Value base, Value fv, String name) {
    FunctionValue f = function(fv, name);
    Value result = base;
    for (int i = 0; i < f.size(); i++) {
      result = op.apply(f.valueAt(i), result);
    }
    return result;
  }
}

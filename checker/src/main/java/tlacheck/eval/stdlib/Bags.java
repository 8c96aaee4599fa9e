package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The standard module Bags, as TLC implements it: a bag is a function from its elements to
 * positive integers (the number of copies), so {@code EmptyBag} is the empty function and bags
 * print and compare as functions. Both spellings of the bag operators are defined:
 * {@code (+)}/{@code \oplus} and {@code (-)}/{@code \ominus}.
 */
final class Bags {
  private Bags() {}

  static void define(OperatorTable bags) {
    bags.unary("IsABag", b -> BoolValue.of(isBag(b)));
    bags.unary("BagToSet", b -> bag(b, "BagToSet").domain());
    bags.unary("SetToBag", s -> {
      Value[] elements = Values.asSet(s, "SetToBag").enumerate().elements();
      Value[] ones = new Value[elements.length];
      java.util.Arrays.fill(ones, IntValue.of(1));
      return Values.function(elements, ones);
    });
    bags.binary("BagIn", (e, b) -> BoolValue.of(bag(b, "BagIn").inDomain(e)));
    bags.binary("CopiesIn", (e, b) -> {
      FunctionValue f = bag(b, "CopiesIn");
      return f.inDomain(e) ? f.apply(e) : IntValue.of(0);
    });
    bags.constant("EmptyBag", TupleValue.EMPTY);
    for (String plus : new String[] {"(+)", "\\oplus"}) {
      bags.binary(plus, (a, b) -> sum(a, b, 1, "(+)"));
    }
    for (String minus : new String[] {"(-)", "\\ominus"}) {
      bags.binary(minus, (a, b) -> sum(a, b, -1, "(-)"));
    }
    bags.unary("BagUnion", s -> {
      Value total = TupleValue.EMPTY;
      for (Value b : Values.asSet(s, "BagUnion").enumerate().elements()) {
        total = sum(total, b, 1, "BagUnion");
      }
      return total;
    });
    bags.binary("\\sqsubseteq", (a, b) -> {
      FunctionValue x = bag(a, "\\sqsubseteq");
      FunctionValue y = bag(b, "\\sqsubseteq");
      for (int i = 0; i < x.size(); i++) {
        Value e = x.keyAt(i);
        if (!y.inDomain(e) || copies(x.valueAt(i)) > copies(y.apply(e))) {
          return BoolValue.FALSE;
        }
      }
      return BoolValue.TRUE;
    });
    bags.unary("SubBag", b -> subBags(bag(b, "SubBag")));
    bags.unary("BagCardinality", b -> {
      FunctionValue f = bag(b, "BagCardinality");
      long total = 0;
      for (int i = 0; i < f.size(); i++) {
        total += copies(f.valueAt(i));
      }
      return IntValue.ofChecked(total);
    });
    bags.node("BagOfAll", new int[] {1, 0}, (s, a, o) -> new BagOfAll(s, o[0], a[1]), Node.CONSTANT);
  }

  private static boolean isBag(Value v) {
    if (!(v instanceof FunctionValue f)) {
      return false;
    }
    for (int i = 0; i < f.size(); i++) {
      if (!(f.valueAt(i) instanceof IntValue n) || n.value() <= 0) {
        return false;
      }
    }
    return true;
  }

  private static FunctionValue bag(Value v, String op) {
    if (!isBag(v)) {
      throw new ValueException(op + " expects a bag (a function to positive integers), but got " + Values.describe(v));
    }
    return (FunctionValue) v;
  }

  private static int copies(Value count) {
    return ((IntValue) count).value();
  }

  /** {@code a (+) b} (sign 1) or {@code a (-) b} (sign -1): counts added or subtracted, non-positive ones dropped. */
  private static Value sum(Value a, Value b, int sign, String op) {
    FunctionValue x = bag(a, op);
    FunctionValue y = bag(b, op);
    TreeMap<Value, Long> counts = new TreeMap<>();
    for (int i = 0; i < x.size(); i++) {
      counts.put(x.keyAt(i), (long) copies(x.valueAt(i)));
    }
    for (int i = 0; i < y.size(); i++) {
      Value e = y.keyAt(i);
      if (sign > 0 || counts.containsKey(e)) {
        counts.merge(e, (long) sign * copies(y.valueAt(i)), Long::sum);
      }
    }
    List<Value> keys = new ArrayList<>();
    List<Value> values = new ArrayList<>();
    for (Map.Entry<Value, Long> entry : counts.entrySet()) {
      if (entry.getValue() > 0) {
        keys.add(entry.getKey());
        values.add(IntValue.ofChecked(entry.getValue()));
      }
    }
    return Values.function(keys.toArray(new Value[0]), values.toArray(new Value[0]));
  }

  /** Every bag B2 with B2 \sqsubseteq B: each element kept 0..B[e] times. */
  private static Value subBags(FunctionValue b) {
    List<Value> out = new ArrayList<>();
    int[] chosen = new int[b.size()];
    subBags(b, 0, chosen, out);
    return EnumSetValue.of(out);
  }

  private static void subBags(FunctionValue b, int index, int[] chosen, List<Value> out) {
    if (index == chosen.length) {
      List<Value> keys = new ArrayList<>();
      List<Value> values = new ArrayList<>();
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i] > 0) {
          keys.add(b.keyAt(i));
          values.add(IntValue.of(chosen[i]));
        }
      }
      out.add(Values.function(keys.toArray(new Value[0]), values.toArray(new Value[0])));
      return;
    }
    for (int n = 0; n <= copies(b.valueAt(index)); n++) {
      chosen[index] = n;
      subBags(b, index + 1, chosen, out);
    }
  }

  /** {@code BagOfAll(F, B)}: the bag of F(e) for the elements e of B, copies added up. */
  static final class BagOfAll extends Node {
    final CallNodes.OperatorArg function;
    final Node bag;

    BagOfAll(Span span, CallNodes.OperatorArg function, Node bag) {
      super(span);
      this.function = function;
      this.bag = bag;
      from(function.node, bag);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      FunctionValue b;
      try {
        b = bag(bag.eval(ctx, env), "BagOfAll");
      } catch (ValueException e) {
        throw at(e);
      }
      Closure f = (Closure) function.bind(ctx, env);
      TreeMap<Value, Long> counts = new TreeMap<>();
      for (int i = 0; i < b.size(); i++) {
        counts.merge(CallNodes.call(f, ctx, b.keyAt(i)), (long) copies(b.valueAt(i)), Long::sum);
      }
      Value[] keys = counts.keySet().toArray(new Value[0]);
      Value[] values = new Value[keys.length];
      int k = 0;
      for (long n : counts.values()) {
        values[k++] = IntValue.ofChecked(n);
      }
      return Values.function(keys, values);
    }
  }
}

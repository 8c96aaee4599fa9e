package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.EvalException;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * TLC's module TLC. Print, Assert, RandomElement, TLCGet, TLCSet and JavaTime have level STATE:
 * they have effects or are not functions of their arguments, so their results are never cached.
 */
final class Tlc {
  private Tlc() {}

  static void define(OperatorTable tlc) {
    tlc.node("Print", new int[] {0, 0}, (s, a, o) -> new Print(s, a[0], a[1]), Node.STATE);
    tlc.node("PrintT", new int[] {0}, (s, a, o) -> new Print(s, a[0], null), Node.STATE);
    tlc.node("Assert", new int[] {0, 0}, (s, a, o) -> new Assert(s, a[0], a[1]), Node.STATE);
    tlc.nary("JavaTime", 0, v -> IntValue.of((int) (System.currentTimeMillis() / 1000)), Node.STATE);
    tlc.binary(":>", (a, b) -> Values.function(new Value[] {a}, new Value[] {b}));
    tlc.binary("@@", Tlc::merge);
    tlc.unary("ToString", a -> StringValue.of(a.toString()));
    tlc.unary("TLCEval", a -> a);
    tlc.unary("Permutations", a -> permutations(Values.asSet(a, "Permutations")));
    tlc.node("SortSeq", new int[] {0, 2}, (s, a, o) -> new SortSeq(s, a[0], o[1]), Node.CONSTANT);
    tlc.node("RandomElement", new int[] {0}, (s, a, o) -> new RandomElement(s, a[0]), Node.STATE);
    tlc.node("TLCGet", new int[] {0}, (s, a, o) -> new TlcGet(s, a[0]), Node.STATE);
    tlc.node("TLCSet", new int[] {0, 0}, (s, a, o) -> new TlcSet(s, a[0], a[1]), Node.STATE);
    tlc.constant("Any", InfiniteSetValue.ANY);
  }

  /** {@code f @@ g}: f where both are defined. */
  private static Value merge(Value a, Value b) {
    FunctionValue f = Values.asFunction(a, "@@");
    FunctionValue g = Values.asFunction(b, "@@");
    List<Value> keys = new ArrayList<>();
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!f.inDomain(g.keyAt(i))) {
        keys.add(g.keyAt(i));
        values.add(g.valueAt(i));
      }
    }
    for (int i = 0; i < f.size(); i++) {
      keys.add(f.keyAt(i));
      values.add(f.valueAt(i));
    }
    return Values.functionUnsorted(keys.toArray(new Value[0]), values.toArray(new Value[0]));
  }

  private static Value permutations(SetValue set) {
    Value[] elements = set.enumerate().elements();
    List<Value> result = new ArrayList<>();
    permute(elements, elements.clone(), 0, result);
    return EnumSetValue.of(result);
  }

  private static void permute(Value[] keys, Value[] current, int index, List<Value> out) {
    if (index == current.length) {
      out.add(Values.function(keys, current.clone()));
      return;
    }
    for (int i = index; i < current.length; i++) {
      Value t = current[index];
      current[index] = current[i];
      current[i] = t;
      permute(keys, current, index + 1, out);
      current[i] = current[index];
      current[index] = t;
    }
  }

  static final class Print extends Node {
    final Node out;
    final Node value;

    Print(Span span, Node out, Node value) {
      super(span);
      this.out = out;
      this.value = value;
      from(out, value);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value o = out.eval(ctx, env);
      Value v = value == null ? BoolValue.TRUE : value.eval(ctx, env);
      String text;
      try {
        text = value == null ? o.toString() : o + "  " + v;
      } catch (ValueException e) {
        throw at(e); // A value that cannot be listed, such as a function over Nat.
      }
      ctx.runtime.out.println(text);
      return v;
    }
  }

  static final class Assert extends Node {
    final Node condition;
    final Node message;

    Assert(Span span, Node condition, Node message) {
      super(span);
      this.condition = condition;
      this.message = message;
      from(condition, message);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (condition.evalBool(ctx, env)) {
        return BoolValue.TRUE;
      }
      Value m = message.eval(ctx, env);
      String text;
      try {
        text = m instanceof StringValue s ? s.value() : m.toString();
      } catch (ValueException e) {
        throw at(e); // A message that cannot be listed, such as a function over Nat.
      }
      throw new EvalException.AssertionFailed(span, "The first argument of Assert evaluated to FALSE; the second argument was:\n\"" + text + "\"");
    }
  }

  static final class SortSeq extends Node {
    final Node sequence;
    final CallNodes.OperatorArg less;

    SortSeq(Span span, Node sequence, CallNodes.OperatorArg less) {
      super(span);
      this.sequence = sequence;
      this.less = less;
      from(sequence);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      TupleValue s;
      try {
        s = Values.asSequence(sequence.eval(ctx, env), "SortSeq");
      } catch (ValueException e) {
        throw at(e);
      }
      Closure c = (Closure) less.bind(ctx, env);
      Value[] sorted = s.elements().clone();
      Arrays.sort(sorted, (x, y) -> {
        if (x.equals(y)) {
          return 0;
        }
        return ((BoolValue) CallNodes.call(c, ctx, x, y)).value() ? -1 : 1;
      });
      return TupleValue.of(sorted);
    }
  }

  static final class RandomElement extends Node {
    final Node set;

    RandomElement(Span span, Node set) {
      super(span);
      this.set = set;
      from(set);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] elements = BinderNodes.elementsOf(set, set.eval(ctx, env));
      if (elements.length == 0) {
        throw error("RandomElement of the empty set");
      }
      return elements[ctx.runtime.random.nextInt(elements.length)];
    }
  }

  static final class TlcGet extends Node {
    final Node key;

    TlcGet(Span span, Node key) {
      super(span);
      this.key = key;
      from(key);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value k = key.eval(ctx, env);
      if (k instanceof IntValue i) {
        return ctx.runtime.register(i.value());
      }
      if (k instanceof StringValue s && s.value().equals("level")) {
        return IntValue.of(ctx.runtime.level);
      }
      if (k instanceof StringValue s && ctx.runtime.stats instanceof FunctionValue stats) {
        if (s.value().equals("stats")) {
          return stats;
        }
        if (stats.inDomain(s)) {
          return stats.apply(s);
        }
      }
      if (k instanceof StringValue s && s.value().equals("stats")) {
        throw error("TLCGet(\"stats\") is only available in a POSTCONDITION, after the run");
      }
      throw error("TLCGet(" + k + ") is not supported; use an integer register or \"level\"");
    }
  }

  static final class TlcSet extends Node {
    final Node key;
    final Node value;

    TlcSet(Span span, Node key, Node value) {
      super(span);
      this.key = key;
      this.value = value;
      from(key, value);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value k = key.eval(ctx, env);
      if (!(k instanceof IntValue i)) {
        throw error("TLCSet needs an integer register, not " + Values.describe(k));
      }
      ctx.runtime.setRegister(i.value(), value.eval(ctx, env));
      return BoolValue.TRUE;
    }
  }
}

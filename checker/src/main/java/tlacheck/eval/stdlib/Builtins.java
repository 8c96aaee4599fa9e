package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.EvalException;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The standard modules implemented in Java: Naturals, Integers, Sequences, FiniteSets, TLC, and
 * (in their own classes) Bags and TLCExt.
 * A spec sees an operator only if it extends (or instantiates) the module that defines it.
 */
public final class Builtins {
  private static final java.util.Set<String> STANDARD =
      java.util.Set.of("Naturals", "Integers", "Sequences", "FiniteSets", "TLC", "Bags", "TLCExt");
  /**
   * Modules are defined on first use: each definition creates a few dozen lambda classes, and a
   * small model's whole run is short enough for that to show (workers load specs concurrently).
   */
  private static final Map<String, Map<String, BuiltinOp>> MODULES = new java.util.concurrent.ConcurrentHashMap<>();

  public static Map<String, BuiltinOp> module(String name) {
    if (!STANDARD.contains(name)) {
      return null;
    }
    Map<String, BuiltinOp> m = MODULES.get(name);
    if (m == null) {
      synchronized (MODULES) {
        m = MODULES.get(name);
        if (m == null) {
          m = build(name);
          MODULES.put(name, m);
        }
      }
    }
    return m;
  }

  static boolean isStandard(String name) {
    return STANDARD.contains(name);
  }

  private static Map<String, BuiltinOp> build(String name) {
    Map<String, BuiltinOp> m = new HashMap<>();
    switch (name) {
      case "Naturals": defineNaturals(m); break;
      case "Integers":
        m.putAll(module("Naturals"));
        constant(m, "Int", InfiniteSetValue.INT);
        unary(m, "-.", a -> IntValue.ofChecked(-(long) integer(a, "-")));
        break;
      case "Sequences": defineSequences(m); break;
      case "FiniteSets":
        unary(m, "IsFiniteSet", a -> BoolValue.of(Values.asSet(a, "IsFiniteSet").isEnumerable()));
        unary(m, "Cardinality", a -> IntValue.of(Values.asSet(a, "Cardinality").size()));
        break;
      case "TLC": defineTlc(m); break;
      case "Bags": BagsModule.define(m); break;
      default: TlcExtModule.define(m);
    }
    return m;
  }

  static void constant(Map<String, BuiltinOp> m, String name, Value value) {
    m.put(name, new BuiltinOp(name, new int[0], (s, a, o) -> new CoreNodes.Const(s, value), null, Node.CONSTANT));
  }

  static void unary(Map<String, BuiltinOp> m, String name, CallNodes.Fn1 fn) {
    m.put(name, new BuiltinOp(name, new int[] {0}, (s, a, o) -> new CallNodes.Builtin1(s, a[0], fn),
        v -> fn.apply(v[0]), Node.CONSTANT));
  }

  static void binary(Map<String, BuiltinOp> m, String name, CallNodes.Fn2 fn) {
    m.put(name, new BuiltinOp(name, new int[] {0, 0}, (s, a, o) -> new CallNodes.Builtin2(s, a[0], a[1], fn),
        v -> fn.apply(v[0], v[1]), Node.CONSTANT));
  }

  private static void nary(Map<String, BuiltinOp> m, String name, int arity, CallNodes.FnN fn, int level) {
    m.put(name, new BuiltinOp(name, new int[arity], (s, a, o) -> {
      Node node = new CallNodes.BuiltinN(s, a, fn);
      node.level = Math.max(node.level, level);
      return node;
    }, fn::apply, level));
  }

  static int integer(Value v, String op) {
    return Values.asInt(v, op);
  }

  private static void defineNaturals(Map<String, BuiltinOp> naturals) {
    constant(naturals, "Nat", InfiniteSetValue.NAT);
    binary(naturals, "+", (a, b) -> IntValue.ofChecked((long) integer(a, "+") + integer(b, "+")));
    binary(naturals, "-", (a, b) -> IntValue.ofChecked((long) integer(a, "-") - integer(b, "-")));
    binary(naturals, "*", (a, b) -> IntValue.ofChecked((long) integer(a, "*") * integer(b, "*")));
    binary(naturals, "^", (a, b) -> power(integer(a, "^"), integer(b, "^")));
    binary(naturals, "\\div", (a, b) -> {
      int x = integer(a, "\\div");
      int y = integer(b, "\\div");
      if (y == 0) {
        throw new ValueException("division by zero in " + x + " \\div 0");
      }
      return IntValue.ofChecked(Math.floorDiv((long) x, (long) y));
    });
    binary(naturals, "%", (a, b) -> {
      int x = integer(a, "%");
      int y = integer(b, "%");
      if (y <= 0) {
        throw new ValueException("the second argument of % must be positive, but " + x + " % " + y + " was asked");
      }
      return IntValue.of(Math.floorMod(x, y));
    });
    binary(naturals, "<", (a, b) -> BoolValue.of(integer(a, "<") < integer(b, "<")));
    binary(naturals, "<=", (a, b) -> BoolValue.of(integer(a, "<=") <= integer(b, "<=")));
    binary(naturals, ">", (a, b) -> BoolValue.of(integer(a, ">") > integer(b, ">")));
    binary(naturals, ">=", (a, b) -> BoolValue.of(integer(a, ">=") >= integer(b, ">=")));
    binary(naturals, "..", (a, b) -> new IntervalValue(integer(a, ".."), integer(b, "..")));
  }

  private static void defineSequences(Map<String, BuiltinOp> sequences) {
    unary(sequences, "Seq", a -> InfiniteSetValue.sequencesOf(Values.asSet(a, "Seq")));
    unary(sequences, "Len", a -> a instanceof StringValue s ? IntValue.of(s.value().length())
        : IntValue.of(Values.asSequence(a, "Len").size()));
    binary(sequences, "\\o", Builtins::concat);
    binary(sequences, "Append", (s, e) -> Values.asSequence(s, "Append").append(e));
    unary(sequences, "Head", s -> {
      TupleValue t = Values.asSequence(s, "Head");
      if (t.size() == 0) {
        throw new ValueException("Head of the empty sequence");
      }
      return t.get(1);
    });
    unary(sequences, "Tail", s -> {
      if (s instanceof StringValue str) {
        if (str.value().isEmpty()) {
          throw new ValueException("Tail of the empty string");
        }
        return StringValue.of(str.value().substring(1));
      }
      TupleValue t = Values.asSequence(s, "Tail");
      if (t.size() == 0) {
        throw new ValueException("Tail of the empty sequence");
      }
      return TupleValue.of(Arrays.copyOfRange(t.elements(), 1, t.size()));
    });
    nary(sequences, "SubSeq", 3, v -> {
      int m = integer(v[1], "SubSeq");
      int n = integer(v[2], "SubSeq");
      if (v[0] instanceof StringValue str) {
        if (m > n) {
          return StringValue.of("");
        }
        if (m < 1 || n > str.value().length()) {
          throw new ValueException("SubSeq(" + v[0] + ", " + m + ", " + n + ") is out of range");
        }
        return StringValue.of(str.value().substring(m - 1, n));
      }
      TupleValue t = Values.asSequence(v[0], "SubSeq");
      if (m > n) {
        return TupleValue.EMPTY;
      }
      if (m < 1 || n > t.size()) {
        throw new ValueException("SubSeq(" + t + ", " + m + ", " + n + ") is out of the sequence's range 1.." + t.size());
      }
      return TupleValue.of(Arrays.copyOfRange(t.elements(), m - 1, n));
    }, Node.CONSTANT);
    sequences.put("SelectSeq", new BuiltinOp("SelectSeq", new int[] {0, 1},
        (s, a, o) -> new SelectSeq(s, a[0], o[1]), null, Node.CONSTANT));
  }

  private static void defineTlc(Map<String, BuiltinOp> tlc) {
    tlc.put("Print", new BuiltinOp("Print", new int[] {0, 0}, (s, a, o) -> new Print(s, a[0], a[1]), null, Node.STATE));
    tlc.put("PrintT", new BuiltinOp("PrintT", new int[] {0}, (s, a, o) -> new Print(s, a[0], null), null, Node.STATE));
    tlc.put("Assert", new BuiltinOp("Assert", new int[] {0, 0}, (s, a, o) -> new Assert(s, a[0], a[1]), null, Node.STATE));
    nary(tlc, "JavaTime", 0, v -> IntValue.of((int) (System.currentTimeMillis() / 1000)), Node.STATE);
    binary(tlc, ":>", (a, b) -> Values.function(new Value[] {a}, new Value[] {b}));
    binary(tlc, "@@", Builtins::merge);
    unary(tlc, "ToString", a -> StringValue.of(a.toString()));
    unary(tlc, "TLCEval", a -> a);
    unary(tlc, "Permutations", a -> permutations(Values.asSet(a, "Permutations")));
    tlc.put("SortSeq", new BuiltinOp("SortSeq", new int[] {0, 2}, (s, a, o) -> new SortSeq(s, a[0], o[1]), null, Node.CONSTANT));
    tlc.put("RandomElement", new BuiltinOp("RandomElement", new int[] {0}, (s, a, o) -> new RandomElement(s, a[0]), null, Node.STATE));
    tlc.put("TLCGet", new BuiltinOp("TLCGet", new int[] {0}, (s, a, o) -> new TlcGet(s, a[0]), null, Node.STATE));
    tlc.put("TLCSet", new BuiltinOp("TLCSet", new int[] {0, 0}, (s, a, o) -> new TlcSet(s, a[0], a[1]), null, Node.STATE));
    constant(tlc, "Any", InfiniteSetValue.ANY);
  }

  static Value power(int base, int exponent) {
    if (exponent < 0) {
      throw new ValueException("negative exponent in " + base + "^" + exponent);
    }
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
      if (result > Integer.MAX_VALUE || result < Integer.MIN_VALUE) {
        return IntValue.ofChecked(result);
      }
    }
    return IntValue.of((int) result);
  }

  static Value concat(Value a, Value b) {
    if (a instanceof StringValue x && b instanceof StringValue y) {
      return StringValue.of(x.value() + y.value());
    }
    Value[] left = Values.asSequence(a, "\\o").elements();
    Value[] right = Values.asSequence(b, "\\o").elements();
    Value[] both = Arrays.copyOf(left, left.length + right.length);
    System.arraycopy(right, 0, both, left.length, right.length);
    return TupleValue.of(both);
  }

  /** {@code f @@ g}: f where both are defined. */
  static Value merge(Value a, Value b) {
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

  static Value permutations(SetValue set) {
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

  static final class SelectSeq extends Node {
    final Node sequence;
    final CallNodes.OperatorArg test;

    SelectSeq(Span span, Node sequence, CallNodes.OperatorArg test) {
      super(span);
      this.sequence = sequence;
      this.test = test;
      from(sequence);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      TupleValue s;
      try {
        s = Values.asSequence(sequence.eval(ctx, env), "SelectSeq");
      } catch (ValueException e) {
        throw at(e);
      }
      Closure c = (Closure) test.bind(ctx, env);
      List<Value> kept = new ArrayList<>();
      for (Value e : s.elements()) {
        Value keep = CallNodes.call(c, ctx, e);
        if (!(keep instanceof BoolValue b)) {
          throw error("the test of SelectSeq must return a boolean, but returned " + Values.describe(keep));
        }
        if (b.value()) {
          kept.add(e);
        }
      }
      return TupleValue.of(kept.toArray(new Value[0]));
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
      Value[] elements = CoreNodes.elementsOf(set, set.eval(ctx, env));
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

  private Builtins() {}
}

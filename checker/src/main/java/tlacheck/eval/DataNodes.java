package tlacheck.eval;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.Span;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FcnSetValue;
import tlacheck.value.FcnValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.RecordSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/** Constructors and selectors of sets, functions, records and tuples. */
public final class DataNodes {
  private DataNodes() {}

  public static final class SetEnum extends Node {
    final Node[] elements;

    public SetEnum(Span span, Node[] elements) {
      super(span);
      this.elements = elements;
      from(elements);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] values = new Value[elements.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = elements[i].eval(ctx, env);
      }
      return EnumSetValue.of(values);
    }
  }

  public static final class SetFilter extends Node {
    final BinderNodes.Bound bound;
    final Node predicate;

    public SetFilter(Span span, BinderNodes.Bound bound, Node predicate) {
      super(span);
      this.bound = bound;
      this.predicate = predicate;
      from(bound.set(), predicate);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value set = bound.set().eval(ctx, env);
      if (set instanceof SetValue s && !s.isEnumerable() && !bound.tuple()) {
        Context snapshot = new Context(ctx.current, ctx.next, ctx.runtime);
        snapshot.stable = ctx.stable && !ctx.primed;
        return new LazyFilter(s, v -> predicate.evalBool(snapshot, new Env(env, v)),
            "{" + bound.names()[0] + " \\in " + s + " : ...}");
      }
      if ((set instanceof tlacheck.value.PowerSetValue || set instanceof tlacheck.value.FcnSetValue)
          && !bound.tuple() && predicate.level <= STATE) {
        return new DeferredFilter((SetValue) set, bound, predicate, ctx, env);
      }
      Value[] elements = BinderNodes.elementsOf(bound.set(), set);
      Value[] kept = new Value[elements.length];
      int count = 0;
      for (Value element : elements) {
        if (predicate.evalBool(ctx, BinderNodes.bind(env, bound, element, this))) {
          kept[count++] = element;
        }
      }
      // The elements come in canonical order, so the kept ones need no sorting.
      return EnumSetValue.ofSortedPrefix(kept, count);
    }
  }

  /** {@code {e : x \in S, y \in T}}. */
  public static final class SetMap extends Node {
    final Node element;
    final BinderNodes.Bound[] bounds;

    public SetMap(Span span, Node element, BinderNodes.Bound[] bounds) {
      super(span);
      this.element = element;
      this.bounds = bounds;
      for (BinderNodes.Bound b : bounds) {
        from(b.set());
      }
      from(element);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      List<Value> out = new ArrayList<>();
      collect(ctx, env, 0, out);
      return EnumSetValue.of(out);
    }

    private void collect(Context ctx, Env env, int index, List<Value> out) {
      if (index == bounds.length) {
        out.add(element.eval(ctx, env));
        return;
      }
      BinderNodes.Bound bound = bounds[index];
      for (Value v : BinderNodes.elementsOf(bound.set(), bound.set().eval(ctx, env))) {
        collect(ctx, BinderNodes.bind(env, bound, v, this), index + 1, out);
      }
    }
  }

  /** {@code [x \in S, y \in T |-> e]}: with several bounds the domain is a set of tuples. */
  public static final class FcnCtor extends Node {
    final BinderNodes.Bound[] bounds;
    final Node body;

    public FcnCtor(Span span, BinderNodes.Bound[] bounds, Node body) {
      super(span);
      this.bounds = bounds;
      this.body = body;
      for (BinderNodes.Bound b : bounds) {
        from(b.set());
      }
      from(body);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (bounds.length == 1) {
        BinderNodes.Bound bound = bounds[0];
        Value domain = bound.set().eval(ctx, env);
        SetValue set = CoreNodes.set(bound.set(), domain, "a function's domain");
        if (!set.isEnumerable()) {
          return new LazyFunctionValue(set, body, env, ctx, bound, span);
        }
        Value[] keys = BinderNodes.elementsOf(bound.set(), domain);
        Value[] values = new Value[keys.length];
        for (int i = 0; i < keys.length; i++) {
          values[i] = body.eval(ctx, BinderNodes.bind(env, bound, keys[i], this));
        }
        return Values.function(keys, values);
      }
      List<Value> keys = new ArrayList<>();
      List<Value> values = new ArrayList<>();
      collect(ctx, env, 0, new Value[bounds.length], keys, values);
      return Values.functionUnsorted(keys.toArray(new Value[0]), values.toArray(new Value[0]));
    }

    private void collect(Context ctx, Env env, int index, Value[] point, List<Value> keys, List<Value> values) {
      if (index == bounds.length) {
        keys.add(TupleValue.of(point.clone()));
        values.add(body.eval(ctx, env));
        return;
      }
      BinderNodes.Bound bound = bounds[index];
      for (Value v : BinderNodes.elementsOf(bound.set(), bound.set().eval(ctx, env))) {
        point[index] = v;
        collect(ctx, BinderNodes.bind(env, bound, v, this), index + 1, point, keys, values);
      }
    }
  }

  public static final class FcnApp extends Node {
    public final Node function;
    public final Node[] args;

    public FcnApp(Span span, Node function, Node[] args) {
      super(span);
      this.function = function;
      this.args = args;
      from(function);
      from(args);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value f = function.eval(ctx, env);
      Value arg = argument(ctx, env);
      // The common cases without a megamorphic call: a sequence (or a function on 1..n) at an
      // integer in its domain, and a function kept as sorted keys.
      if (f instanceof TupleValue t && arg instanceof IntValue i) {
        Value[] elements = t.elements();
        int k = i.value();
        if (k >= 1 && k <= elements.length) {
          return elements[k - 1];
        }
      }
      try {
        if (f instanceof FcnValue fcn) {
          return fcn.apply(arg);
        }
        return Values.asFunction(f, "function application").apply(arg);
      } catch (ValueException e) {
        throw at(e);
      }
    }

    Value argument(Context ctx, Env env) {
      if (args.length == 1) {
        return args[0].eval(ctx, env);
      }
      Value[] parts = new Value[args.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = args[i].eval(ctx, env);
      }
      return TupleValue.of(parts);
    }
  }

  public static final class FcnSet extends Node {
    final Node domain;
    final Node range;

    public FcnSet(Span span, Node domain, Node range) {
      super(span);
      this.domain = domain;
      this.range = range;
      from(domain, range);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return new FcnSetValue(CoreNodes.set(domain, domain.eval(ctx, env), "[S -> T]"),
          CoreNodes.set(range, range.eval(ctx, env), "[S -> T]"));
    }
  }

  public static final class RecordCtor extends Node {
    final String[] fields;
    final Node[] values;

    /** Null if a field is repeated (then the last one wins, as a function built in order). */
    private final Values.RecordShape shape;

    public RecordCtor(Span span, String[] fields, Node[] values) {
      super(span);
      this.fields = fields;
      this.values = values;
      this.shape = Values.recordShape(fields);
      from(values);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] evaluated = new Value[values.length];
      for (int i = 0; i < evaluated.length; i++) {
        evaluated[i] = values[i].eval(ctx, env);
      }
      return shape != null ? shape.make(evaluated) : Values.record(fields, evaluated);
    }
  }

  public static final class RecordSet extends Node {
    final String[] fields;
    final Node[] sets;

    public RecordSet(Span span, String[] fields, Node[] sets) {
      super(span);
      this.fields = fields;
      this.sets = sets;
      from(sets);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      SetValue[] evaluated = new SetValue[sets.length];
      for (int i = 0; i < evaluated.length; i++) {
        evaluated[i] = CoreNodes.set(sets[i], sets[i].eval(ctx, env), "a set of records");
      }
      return new RecordSetValue(fields, evaluated);
    }
  }

  public static final class Field extends Node {
    final Node record;
    final StringValue field;

    public Field(Span span, Node record, String field) {
      super(span);
      this.record = record;
      this.field = StringValue.of(field);
      from(record);
    }

    /** The field's position in the last record seen (see {@link FcnValue#indexOf(Value, int)}). */
    private int hint = -1;

    @Override
    public Value eval(Context ctx, Env env) {
      Value r = record.eval(ctx, env);
      if (r instanceof FcnValue f) {
        int i = f.indexOf(field, hint);
        if (i >= 0) {
          hint = i;
          return f.valueAt(i);
        }
      }
      try {
        return Values.asFunction(r, "record field ." + field.value()).apply(field);
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  public static final class Tuple extends Node {
    public final Node[] elements;

    public Tuple(Span span, Node[] elements) {
      super(span);
      this.elements = elements;
      from(elements);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] values = new Value[elements.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = elements[i].eval(ctx, env);
      }
      return TupleValue.of(values);
    }
  }

  /** One step of an EXCEPT path: a field name, or argument expressions. */
  public record PathStep(StringValue field, Node[] args) {}

  /** One {@code ![a].b = e} clause; {@code value} is compiled with {@code @} bound (depth 0). */
  public record ExceptClause(PathStep[] path, Node value) {}

  public static final class Except extends Node {
    final Node function;
    final ExceptClause[] clauses;

    public Except(Span span, Node function, ExceptClause[] clauses) {
      super(span);
      this.function = function;
      this.clauses = clauses;
      from(function);
      for (ExceptClause c : clauses) {
        from(c.value);
        for (PathStep step : c.path) {
          if (step.args != null) {
            from(step.args);
          }
        }
      }
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value result = function.eval(ctx, env);
      for (ExceptClause clause : clauses) {
        result = update(ctx, env, result, clause, 0);
      }
      return result;
    }

    private Value update(Context ctx, Env env, Value target, ExceptClause clause, int index) {
      FunctionValue f;
      try {
        f = Values.asFunction(target, "EXCEPT");
      } catch (ValueException e) {
        throw at(e);
      }
      PathStep step = clause.path[index];
      Value key = step.field != null ? step.field : key(ctx, env, step.args);
      // Find the key once for the usual representations, instead of in inDomain, apply and except.
      int position = f instanceof TupleValue || f instanceof FcnValue ? f.positionOf(key) : -2;
      if (position == -1 || position == -2 && !f.inDomain(key)) {
        return f;
      }
      Value old = position >= 0 ? f.valueAt(position) : f.apply(key);
      Value replacement = index == clause.path.length - 1
          ? clause.value.eval(ctx, new Env(env, old))
          : update(ctx, env, old, clause, index + 1);
      return position >= 0 ? f.exceptAt(position, replacement) : f.except(key, replacement);
    }

    private static Value key(Context ctx, Env env, Node[] args) {
      if (args.length == 1) {
        return args[0].eval(ctx, env);
      }
      Value[] parts = new Value[args.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = args[i].eval(ctx, env);
      }
      return TupleValue.of(parts);
    }
  }

  /**
   * A recursive function definition {@code f[x \in S] == e} (or {@code f[x \in S, y \in T]},
   * whose domain is {@code S \X T}), evaluated lazily per argument.
   */
  public static final class RecursiveFunction extends Node {
    final BinderNodes.Bound[] bounds;
    final Node body;

    public RecursiveFunction(Span span, BinderNodes.Bound[] bounds, Node body) {
      super(span);
      this.bounds = bounds;
      this.body = body;
      for (BinderNodes.Bound b : bounds) {
        from(b.set());
      }
      from(body);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (bounds.length == 1) {
        BinderNodes.Bound bound = bounds[0];
        SetValue domain = CoreNodes.set(bound.set(), bound.set().eval(ctx, env), "a function's domain");
        return new LazyFunctionValue(domain, body, env, ctx, bound, span);
      }
      SetValue[] factors = new SetValue[bounds.length];
      String[] names = new String[bounds.length];
      for (int i = 0; i < bounds.length; i++) {
        factors[i] = CoreNodes.set(bounds[i].set(), bounds[i].set().eval(ctx, env), "a function's domain");
        names[i] = bounds[i].names()[0];
      }
      BinderNodes.Bound tuple = new BinderNodes.Bound(names, true, null);
      return new LazyFunctionValue(new tlacheck.value.ProductSetValue(factors), body, env, ctx, tuple, span);
    }
  }

  /** {@code {x \in S : P}} over a set that cannot be listed: membership only. */
  static final class LazyFilter extends SetValue {
    private final SetValue domain;
    private final java.util.function.Predicate<Value> predicate;
    private final String text;

    LazyFilter(SetValue domain, java.util.function.Predicate<Value> predicate, String text) {
      this.domain = domain;
      this.predicate = predicate;
      this.text = text;
    }

    @Override
    public boolean contains(Value element) {
      return domain.contains(element) && predicate.test(element);
    }

    @Override
    public boolean isEnumerable() {
      return false;
    }

    @Override
    public EnumSetValue enumerate() {
      throw new ValueException("the set " + text + " ranges over " + domain + ", which is infinite, and cannot be enumerated");
    }

    @Override
    public long fingerprint() {
      return tlacheck.value.Fingerprints.ofString(text);
    }

    @Override
    public void print(StringBuilder out) {
      out.append(text);
    }
  }

}

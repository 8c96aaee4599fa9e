package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.FunctionValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * A function whose values are computed when applied: recursive function definitions, and
 * {@code [x \in S |-> e]} over a set that cannot be listed (such as Nat). Compared, hashed or
 * printed, it is first turned into an ordinary function, which needs a finite domain.
 */
final class LazyFunctionValue extends FunctionValue {
  private final SetValue domain;
  private final Node body;
  private final Env env;
  private final Context ctx;
  private final CoreNodes.Bound bound;
  private final Span span;
  private final java.util.HashMap<Value, Value> memo = new java.util.HashMap<>();
  private FunctionValue materialized;

  LazyFunctionValue(SetValue domain, Node body, Env env, Context ctx, CoreNodes.Bound bound, Span span) {
    this.domain = domain;
    this.body = body;
    this.env = env;
    this.ctx = new Context(ctx.current, ctx.next, ctx.runtime);
    this.ctx.stable = ctx.stable && !ctx.primed; // The same state array, so just as stable.
    this.bound = bound;
    this.span = span;
  }

  @Override
  public Value apply(Value arg) {
    Value known = memo.get(arg);
    if (known != null) {
      return known;
    }
    if (!domain.contains(arg)) {
      throw new ValueException("the function defined at " + span + " is applied to " + arg
          + ", which is not in its domain " + CoreNodes.abbreviate(domain));
    }
    // The function refers to itself through the binding one level out (see Compiler).
    Env inner = CoreNodes.bind(env == null ? null : env, bound, arg, body);
    Value result;
    try {
      result = body.eval(ctx, inner);
    } catch (StackOverflowError e) {
      throw Node.tooDeep(span);
    }
    memo.put(arg, result);
    return result;
  }

  @Override
  public boolean inDomain(Value arg) {
    return domain.contains(arg);
  }

  @Override
  public SetValue domain() {
    return domain;
  }

  private FunctionValue materialize() {
    if (materialized == null) {
      if (!domain.isEnumerable()) {
        throw new ValueException("the function defined at " + span + " has the infinite domain "
            + domain + " and cannot be listed");
      }
      Value[] keys = domain.enumerate().elements();
      Value[] values = new Value[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = apply(keys[i]);
      }
      materialized = Values.function(keys, values);
    }
    return materialized;
  }

  @Override
  public int size() {
    return materialize().size();
  }

  @Override
  public Value keyAt(int i) {
    return materialize().keyAt(i);
  }

  @Override
  public Value valueAt(int i) {
    return materialize().valueAt(i);
  }

  @Override
  public FunctionValue except(Value key, Value value) {
    return materialize().except(key, value);
  }

  @Override
  public long fingerprint() {
    return materialize().fingerprint();
  }

  @Override
  public void print(StringBuilder out) {
    materialize().print(out);
  }
}

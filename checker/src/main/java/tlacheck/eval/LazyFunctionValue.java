package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.ProductSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
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
  private final BinderNodes.Bound bound;
  private final Span span;
  /** The values computed so far by argument (made on first use; see {@link #byPosition}). */
  private java.util.HashMap<Value, Value> memo;
  /**
   * For a domain {@code a..b} or a product of such, {@code sc[<<x, y>> \in (0..N+1) \X (0..N+1)]}:
   * the values by the argument's position in the domain, so that an application needs neither
   * a hash of the argument nor a membership test. Null for other domains.
   */
  private final int[] lows;
  private final int[] lengths;
  private Value[] byPosition;
  private FunctionValue materialized;

  /** The most positions kept in an array; a larger domain keeps its values in {@link #memo}. */
  private static final int MAX_POSITIONS = 1 << 12;

  LazyFunctionValue(SetValue domain, Node body, Env env, Context ctx, BinderNodes.Bound bound, Span span) {
    this.domain = domain;
    this.body = body;
    this.env = env;
    this.ctx = new Context(ctx.current, ctx.next, ctx.runtime);
    this.ctx.stable = ctx.stable && !ctx.primed; // The same state array, so just as stable.
    this.bound = bound;
    this.span = span;
    IntervalValue[] intervals = intervals(domain);
    long positions = 1;
    if (intervals != null) {
      for (IntervalValue interval : intervals) {
        positions *= Math.max(interval.size(), 0);
      }
    }
    if (intervals == null || positions == 0 || positions > MAX_POSITIONS) {
      lows = null;
      lengths = null;
    } else {
      lows = new int[intervals.length];
      lengths = new int[intervals.length];
      for (int i = 0; i < intervals.length; i++) {
        lows[i] = intervals[i].low();
        lengths[i] = intervals[i].size();
      }
    }
  }

  /** The domain as intervals: one for {@code a..b}, one per factor of a product; else null. */
  private static IntervalValue[] intervals(SetValue domain) {
    if (domain instanceof IntervalValue interval) {
      return new IntervalValue[] {interval};
    }
    if (domain instanceof ProductSetValue product) {
      IntervalValue[] factors = new IntervalValue[product.arity()];
      for (int i = 0; i < factors.length; i++) {
        if (!(product.factor(i) instanceof IntervalValue interval)) {
          return null;
        }
        factors[i] = interval;
      }
      return factors;
    }
    return null;
  }

  /** The argument's position in the domain (see {@link #lows}), or -1 if it is not in it. */
  private int position(Value arg) {
    if (lengths.length == 1) {
      return arg instanceof IntValue i ? offset(i, 0) : -1;
    }
    if (!(arg instanceof TupleValue t) || t.size() != lengths.length) {
      return -1;
    }
    Value[] parts = t.elements();
    int position = 0;
    for (int k = 0; k < parts.length; k++) {
      int offset = parts[k] instanceof IntValue i ? offset(i, k) : -1;
      if (offset < 0) {
        return -1;
      }
      position = position * lengths[k] + offset;
    }
    return position;
  }

  private int offset(IntValue value, int factor) {
    long offset = (long) value.value() - lows[factor];
    return offset >= 0 && offset < lengths[factor] ? (int) offset : -1;
  }

  @Override
  public Value apply(Value arg) {
    if (lengths != null) {
      int position = position(arg);
      if (position >= 0) {
        if (byPosition == null) {
          int size = 1;
          for (int length : lengths) {
            size *= length;
          }
          byPosition = new Value[size];
        }
        Value known = byPosition[position];
        if (known == null) {
          known = compute(arg);
          byPosition[position] = known;
        }
        return known;
      }
      // Not a tuple of integers in range: not in the domain, reported below.
    }
    if (memo == null) {
      memo = new java.util.HashMap<>();
    }
    Value known = memo.get(arg);
    if (known != null) {
      return known;
    }
    if (!domain.contains(arg)) {
      throw new ValueException("the function defined at " + span + " is applied to " + arg
          + ", which is not in its domain " + CoreNodes.abbreviate(domain));
    }
    Value result = compute(arg);
    memo.put(arg, result);
    return result;
  }

  /** The body's value at {@code arg}, which is in the domain. */
  private Value compute(Value arg) {
    // The function refers to itself through the binding one level out (see Compiler).
    Env inner = BinderNodes.bind(env == null ? null : env, bound, arg, body);
    try {
      return body.eval(ctx, inner);
    } catch (StackOverflowError e) {
      throw Node.tooDeep(span);
    }
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

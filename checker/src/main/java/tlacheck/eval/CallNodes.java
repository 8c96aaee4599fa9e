package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/** Operator applications: user definitions, local operators, closures and built-ins. */
public final class CallNodes {
  private CallNodes() {}

  /** How an argument is passed: evaluated now, evaluated lazily, or as an operator. */
  public abstract static class Arg {
    public final Node node;

    Arg(Node node) {
      this.node = node;
    }

    public abstract Object bind(Context ctx, Env env);
  }

  public static final class ValueArg extends Arg {
    public ValueArg(Node node) {
      super(node);
    }

    @Override
    public Object bind(Context ctx, Env env) {
      return node.eval(ctx, env);
    }
  }

  /**
   * A variable or primed variable, bound as the node itself (no allocation): reading the
   * parameter reads the variable in whatever state the reader is evaluated, so a primed
   * parameter is the primed variable, and the enumerator can assign the variable through it.
   */
  public static final class VariableArg extends Arg {
    public VariableArg(Node node) {
      super(node);
    }

    @Override
    public Object bind(Context ctx, Env env) {
      return node;
    }
  }

  /** A local name passed on: binds whatever it is bound to (a value, a lazy argument, a variable). */
  public static final class ForwardArg extends Arg {
    public final int depth;
    /** The name is bound by a quantifier or similar, so what it passes on is always a value. */
    final boolean boundToValue;

    public ForwardArg(CoreNodes.LocalRef ref) {
      super(ref);
      this.depth = ref.depth;
      this.boundToValue = ref.boundToValue;
    }

    @Override
    public Object bind(Context ctx, Env env) {
      return Env.lookup(env, depth);
    }
  }

  public static final class LazyArg extends Arg {
    final boolean memoize;

    public LazyArg(Node node, boolean memoize) {
      super(node);
      this.memoize = memoize;
    }

    @Override
    public Object bind(Context ctx, Env env) {
      return new Thunk(node, env, memoize);
    }
  }

  /** An operator argument: a global definition, a built-in, a LAMBDA or a local operator. */
  public static final class OperatorArg extends Arg {
    public final UserOp global;
    final Closure builtin;
    final int localDepth;
    final Node lambdaBody;
    final int lambdaArity;

    public OperatorArg(Span span, UserOp global, Closure builtin, int localDepth, Node lambdaBody, int lambdaArity) {
      super(new CoreNodes.Const(span, null));
      this.global = global;
      this.builtin = builtin;
      this.localDepth = localDepth;
      this.lambdaBody = lambdaBody;
      this.lambdaArity = lambdaArity;
    }

    @Override
    public Object bind(Context ctx, Env env) {
      if (global != null) {
        return new Closure(global.name, global.arity(), global.body, null);
      }
      if (builtin != null) {
        return builtin;
      }
      if (lambdaBody != null) {
        return new Closure("LAMBDA", lambdaArity, lambdaBody, env);
      }
      return Env.lookup(env, localDepth);
    }
  }

  public static Env bindArgs(Env base, Arg[] args, Context ctx, Env callerEnv) {
    Env e = base;
    for (Arg arg : args) {
      e = new Env(e, arg.bind(ctx, callerEnv));
    }
    return e;
  }

  /** Applies a user-defined operator of the module. */
  public static final class OpCall extends Node {
    public final UserOp op;
    public final Arg[] args;
    /**
     * A pure definition without arguments at state level: its value is kept for the states it was
     * last computed in ({@link PerStateMemo}), so a state predicate that refers to it several
     * times (or every successor of one state) computes it once. Only in a stable context, never
     * primed.
     */
    public boolean perState;
    private PerStateMemo kept;
    /**
     * A pure definition with value arguments at state level whose body searches or builds a set
     * (see {@link ArgsMemo}): its values are kept per argument list for the current state. The
     * memo belongs to the definition and is shared by its call sites. Null otherwise.
     */
    public ArgsMemo byArgs;

    public OpCall(Span span, UserOp op, Arg[] args) {
      super(span, FORM_OP_CALL);
      this.op = op;
      this.args = args;
      for (Arg arg : args) {
        from(arg.node);
      }
    }

    @Override
    public Value eval(Context ctx, Env env) {
      try {
        if (perState && ctx.stable && !ctx.primed) {
          PerStateMemo memo = kept;
          if (memo == null) {
            kept = memo = new PerStateMemo();
          }
          Value[] state = ctx.current;
          Value v = memo.get(state);
          if (v == null) {
            v = op.body.eval(ctx, null);
            memo.put(state, v);
          }
          return v;
        }
        if (byArgs != null && ctx.stable && !ctx.primed && byArgs.active()) {
          Value v = evalKept(ctx, env);
          if (v != null) {
            return v;
          }
        }
        return op.body.eval(ctx, bindArgs(null, args, ctx, env));
      } catch (StackOverflowError e) {
        throw tooDeep(); // The innermost call with stack left to build the error reports it.
      }
    }

    /**
     * The value through {@link #byArgs}, or null when an argument is not yet a value (a lazy
     * argument, a variable, an operator): nothing is evaluated that binding would not evaluate.
     */
    private Value evalKept(Context ctx, Env env) {
      Value[] values = new Value[args.length];
      for (int i = 0; i < values.length; i++) {
        Arg arg = args[i];
        Object bound;
        if (arg instanceof ValueArg) {
          bound = arg.bind(ctx, env);
        } else if (arg instanceof ForwardArg forward) {
          bound = Env.lookup(env, forward.depth);
        } else {
          return null;
        }
        if (!(bound instanceof Value value)) {
          return null;
        }
        values[i] = value;
      }
      Value[] state = ctx.current;
      Value v = byArgs.get(state, values);
      if (v == null) {
        Env e = null;
        for (Value value : values) {
          e = new Env(e, value);
        }
        v = op.body.eval(ctx, e);
        byArgs.put(values, v);
      }
      return v;
    }
  }

  /** Applies an operator bound locally: a LET operator or an operator parameter. */
  public static final class LocalOpCall extends Node {
    final int depth;
    final String name;
    public final Arg[] args;

    public LocalOpCall(Span span, int depth, String name, Arg[] args, int position) {
      super(span, FORM_LOCAL_OP_CALL);
      this.depth = depth;
      this.name = name;
      this.args = args;
      for (Arg arg : args) {
        from(arg.node);
      }
      outermostLocal = Math.min(outermostLocal, position);
      level = Math.max(level, STATE);
    }

    public Closure closure(Env env) {
      Object entry = Env.lookup(env, depth);
      if (entry instanceof Closure c) {
        return c;
      }
      throw error(name + " is not an operator");
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Closure c = closure(env);
      if (c.arity != args.length) {
        throw error(name + " expects " + c.arity + " arguments but is given " + args.length);
      }
      if (c.builtin != null) {
        Value[] values = new Value[args.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = args[i].node.eval(ctx, env);
        }
        try {
          return c.builtin.apply(values);
        } catch (ValueException e) {
          throw at(e);
        }
      }
      try {
        return c.body.eval(ctx, bindArgs(c.env, args, ctx, env));
      } catch (StackOverflowError e) {
        throw tooDeep();
      }
    }
  }

  /** Calls a closure from Java (e.g. the test of SelectSeq). */
  public static Value call(Closure c, Context ctx, Value... args) {
    if (c.builtin != null) {
      return c.builtin.apply(args);
    }
    Env e = c.env;
    for (Value arg : args) {
      e = new Env(e, arg);
    }
    return c.body.eval(ctx, e);
  }

  public interface Fn1 {
    Value apply(Value a);
  }

  public interface Fn2 {
    Value apply(Value a, Value b);
  }

  public interface FnN {
    Value apply(Value[] args);
  }

  public static final class Builtin1 extends Node {
    final Node a;
    final Fn1 fn;
    /** A built-in with effects or not a function of the state (Print, TLCGet, RandomElement, ...). */
    public boolean effects;

    public Builtin1(Span span, Node a, Fn1 fn) {
      super(span);
      this.a = a;
      this.fn = fn;
      from(a);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value x = a.eval(ctx, env);
      try {
        return fn.apply(x);
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  public static final class Builtin2 extends Node {
    final Node a;
    final Node b;
    final Fn2 fn;
    /** As {@link Builtin1#effects}. */
    public boolean effects;

    public Builtin2(Span span, Node a, Node b, Fn2 fn) {
      super(span);
      this.a = a;
      this.b = b;
      this.fn = fn;
      from(a, b);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value x = a.eval(ctx, env);
      Value y = b.eval(ctx, env);
      try {
        return fn.apply(x, y);
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  public static final class BuiltinN extends Node {
    final Node[] args;
    final FnN fn;

    public BuiltinN(Span span, Node[] args, FnN fn) {
      super(span);
      this.args = args;
      this.fn = fn;
      from(args);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] values = new Value[args.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = args[i].eval(ctx, env);
      }
      try {
        return fn.apply(values);
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }
}

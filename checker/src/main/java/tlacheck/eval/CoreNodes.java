package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/** Constants, references, logic, control flow and binders. */
public final class CoreNodes {
  private CoreNodes() {}

  public static final class Const extends Node {
    final Value value;

    public Const(Span span, Value value) {
      super(span);
      this.value = value;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return value;
    }
  }

  /** An expression that is understood but cannot be evaluated (yet): an error when reached. */
  public static final class Unsupported extends Node {
    final String message;

    public Unsupported(Span span, String message, int level, Node operand) {
      super(span);
      this.message = message;
      from(operand);
      this.level = Math.max(this.level, level);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      throw error(message);
    }
  }

  /** A closed constant-level expression, evaluated once on first use. */
  public static final class Cached extends Node {
    public final Node inner;
    private Value value;

    public Cached(Node inner) {
      super(inner.span, FORM_CACHED);
      this.inner = inner;
      from(inner);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value v = value;
      if (v == null) {
        v = inner.eval(ctx, env);
        if (v instanceof EnumSetValue set) {
          set.indexed(); // A constant set is usually tested for membership again and again.
        }
        value = v;
      }
      return v;
    }
  }

  public static final class VarRef extends Node {
    public final int slot;
    public final String name;

    public VarRef(Span span, int slot, String name) {
      super(span);
      this.slot = slot;
      this.name = name;
      this.level = STATE;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value v = ctx.current[slot];
      if (v == null) {
        throw error("the variable " + name + " has no value here (an initial predicate must assign "
            + name + " before it is read)");
      }
      return v;
    }
  }

  public static final class PrimedVarRef extends Node {
    public final int slot;
    final String name;

    public PrimedVarRef(Span span, int slot, String name) {
      super(span);
      this.slot = slot;
      this.name = name;
      this.level = ACTION;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] next = ctx.next;
      Value v = next == null ? null : next[slot];
      if (v == null) {
        throw error(next == null ? "the primed variable " + name + "' is used where there is no next state"
            : name + "' is read before it is assigned (a conjunct such as " + name
                + "' = e must come before this expression)");
      }
      return v;
    }
  }

  public static final class LocalRef extends Node {
    public final int depth;
    final String name;
    /** Bound by a quantifier or similar: always a value, so nothing can be assigned through it. */
    public final boolean boundToValue;
    /** For a parameter of a global definition: which, so that its calls tell what it may be bound to. */
    public UserOp parameterOf;
    public int parameterIndex = -1;

    /**
     * Whether this name may be bound to a variable (so that {@code n' = e} could assign it):
     * never for quantifier-bound names, and for a definition's parameter only if some call passes
     * something that may be one. Valid once the whole specification is compiled.
     */
    public boolean mayBeVariable() {
      return !boundToValue && (parameterOf == null || parameterOf.parameterMayBeVariable(parameterIndex));
    }

    public LocalRef(Span span, int depth, String name, int position) {
      this(span, depth, name, position, false);
    }

    public LocalRef(Span span, int depth, String name, int position, boolean boundToValue) {
      super(span, FORM_LOCAL_REF);
      this.depth = depth;
      this.name = name;
      this.outermostLocal = position;
      this.boundToValue = boundToValue;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Object entry = Env.lookup(env, depth);
      if (entry instanceof Value v) {
        return v;
      }
      if (entry instanceof Thunk t) {
        return t.force(ctx);
      }
      if (entry instanceof Node variable) {
        return variable.eval(ctx, null); // A variable passed as an argument (CallNodes.VariableArg).
      }
      throw error(name + " is an operator and needs arguments here");
    }
  }

  /** {@code e'} for an expression that is not a plain variable. */
  public static final class Prime extends Node {
    public final Node inner;

    public Prime(Span span, Node inner) {
      super(span);
      this.inner = inner;
      from(inner);
      level = Math.max(level, ACTION);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (ctx.next == null) {
        throw error("a primed expression is used where there is no next state");
      }
      return inner.eval(ctx.primed(), env);
    }
  }

  public static final class Not extends Node {
    public final Node operand;

    public Not(Span span, Node operand) {
      super(span);
      this.operand = operand;
      from(operand);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(!operand.evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      return !operand.evalBool(ctx, env);
    }
  }

  public static final class And extends Node {
    public final Node[] items;

    public And(Span span, Node[] items) {
      super(span, FORM_AND);
      this.items = items;
      from(items);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      for (Node item : items) {
        if (!item.evalBool(ctx, env)) {
          return false;
        }
      }
      return true;
    }
  }

  public static final class Or extends Node {
    public final Node[] items;
    /** Made on first use: which disjuncts one lookup of a label rules out. */
    public GuardDispatch dispatch;

    public Or(Span span, Node[] items) {
      super(span, FORM_OR);
      this.items = items;
      from(items);
    }

    public GuardDispatch dispatch() {
      GuardDispatch d = dispatch;
      if (d == null) {
        dispatch = d = GuardDispatch.of(items);
      }
      return d;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      GuardDispatch d = dispatch();
      Value label = d.lookup(ctx, env);
      for (int i = 0; i < items.length; i++) {
        if (label != null && d.skips(i, label, ctx, env)) {
          continue;
        }
        if (items[i].evalBool(ctx, env)) {
          return true;
        }
      }
      return false;
    }
  }

  public static final class Implies extends Node {
    public final Node left;
    public final Node right;

    public Implies(Span span, Node left, Node right) {
      super(span);
      this.left = left;
      this.right = right;
      from(left, right);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      return !left.evalBool(ctx, env) || right.evalBool(ctx, env);
    }
  }

  public static final class Equiv extends Node {
    public final Node left;
    public final Node right;

    public Equiv(Span span, Node left, Node right) {
      super(span);
      this.left = left;
      this.right = right;
      from(left, right);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(left.evalBool(ctx, env) == right.evalBool(ctx, env));
    }
  }

  public static final class Equals extends Node {
    public final Node left;
    public final Node right;
    public final boolean negated;

    public Equals(Span span, Node left, Node right, boolean negated) {
      super(span, FORM_EQUALS);
      this.left = left;
      this.right = right;
      this.negated = negated;
      from(left, right);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      Value a = left.eval(ctx, env);
      Value b = right.eval(ctx, env);
      try {
        return Values.tlaEquals(a, b) != negated;
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  public static final class In extends Node {
    public final Node element;
    public final Node set;
    public final boolean negated;

    public In(Span span, Node element, Node set, boolean negated) {
      super(span, FORM_IN);
      this.element = element;
      this.set = set;
      this.negated = negated;
      from(element, set);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return BoolValue.of(evalBool(ctx, env));
    }

    @Override
    public boolean evalBool(Context ctx, Env env) {
      Value e = element.eval(ctx, env);
      Value s = set.eval(ctx, env);
      try {
        return Values.asSet(s, "\\in").contains(e) != negated;
      } catch (ValueException ex) {
        throw at(ex);
      }
    }
  }

  public static final class If extends Node {
    public final Node condition;
    public final Node then;
    public final Node otherwise;

    public If(Span span, Node condition, Node then, Node otherwise) {
      super(span, FORM_IF);
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
      from(condition, then, otherwise);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return condition.evalBool(ctx, env) ? then.eval(ctx, env) : otherwise.eval(ctx, env);
    }
  }

  public static final class Case extends Node {
    final Node[] guards;
    public final Node[] results;
    public final Node other;

    public Case(Span span, Node[] guards, Node[] results, Node other) {
      super(span, FORM_CASE);
      this.guards = guards;
      this.results = results;
      this.other = other;
      from(guards);
      from(results);
      from(other);
    }

    /** The index of the first arm whose guard holds, -1 for OTHER; an error when none applies. */
    public int choose(Context ctx, Env env) {
      for (int i = 0; i < guards.length; i++) {
        if (guards[i].evalBool(ctx, env)) {
          return i;
        }
      }
      if (other == null) {
        throw error("no CASE arm applies and there is no OTHER arm");
      }
      return -1;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      int arm = choose(ctx, env);
      return arm < 0 ? other.eval(ctx, env) : results[arm].eval(ctx, env);
    }
  }

  static String abbreviate(Value v) {
    String s = v.toString();
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  static EnumSetValue emptySet() {
    return EnumSetValue.EMPTY;
  }

  public static SetValue set(Node where, Value v, String context) {
    try {
      return Values.asSet(v, context);
    } catch (ValueException e) {
      throw where.at(e);
    }
  }
}

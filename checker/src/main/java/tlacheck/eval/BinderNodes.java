package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/** Nodes that bind names: LET definitions, bounded quantifiers, CHOOSE, and their bounds. */
public final class BinderNodes {
  private BinderNodes() {}

  /** One LET definition: an expression (arity 0) or an operator with parameters. */
  public record LetDefinition(String name, int arity, Node body, boolean memoize) {}

  public static final class Let extends Node {
    final LetDefinition[] definitions;
    public final Node body;

    /** A LET with RECURSIVE declarations: every definition sees all of them (mutual recursion). */
    final boolean recursive;

    public Let(Span span, LetDefinition[] definitions, Node body, boolean recursive) {
      super(span, FORM_LET);
      this.definitions = definitions;
      this.body = body;
      this.recursive = recursive;
    }

    /**
     * The bindings the body sees: each definition can see itself and the ones before it, or, in a
     * recursive LET, all of them.
     */
    public Env bind(Env env) {
      return bind(env, true);
    }

    /**
     * As {@link #bind(Env)}; with {@code memoizeStateLevel} false only constant definitions keep
     * their value, for bindings that are evaluated in many states (temporal formulas' atoms).
     */
    public Env bind(Env env, boolean memoizeStateLevel) {
      Env e = env;
      if (recursive) {
        for (int i = 0; i < definitions.length; i++) {
          e = new Env(e, null);
        }
        Env frame = e;
        for (int i = definitions.length - 1; i >= 0; i--, frame = frame.parent) {
          frame.entry = binding(definitions[i], e, memoizeStateLevel);
        }
        return e;
      }
      for (LetDefinition d : definitions) {
        e = new Env(e, null);
        e.entry = binding(d, e, memoizeStateLevel);
      }
      return e;
    }

    private static Object binding(LetDefinition d, Env e, boolean memoizeStateLevel) {
      boolean memoize = d.memoize && (memoizeStateLevel || d.body.level == Node.CONSTANT);
      return d.arity == 0 ? new Thunk(d.body, e, memoize) : new Closure(d.name, d.arity, d.body, e);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return body.eval(ctx, bind(env));
    }
  }

  /**
   * One bound name {@code x \in S}, or a tuple {@code <<x, y>> \in S}. The compiler splits
   * {@code x, y \in S} into two bounds, compiling S once per name so that each copy sees the
   * bindings made before it.
   */
  public record Bound(String[] names, boolean tuple, Node set) {}

  /**
   * Quantifiers over several bounds, e.g. {@code \A x \in S, y \in T : P}.
   */
  public static final class Quantifier extends Node {
    public final boolean universal;
    public final Bound[] bounds;
    public final Node body;

    public Quantifier(Span span, boolean universal, Bound[] bounds, Node body) {
      super(span, FORM_QUANTIFIER);
      this.universal = universal;
      this.bounds = bounds;
      this.body = body;
      for (Bound b : bounds) {
        from(b.set);
      }
      from(body);
    }

    /** Made on first use: the bindings need not be tried when the body's own guards fail. */
    public GuardPrecheck precheck;

    public GuardPrecheck precheck() {
      GuardPrecheck p = precheck;
      if (p == null) {
        precheck = p = GuardPrecheck.of(this);
      }
      return p;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (!universal && !precheck().mayHold(ctx, env)) {
        return BoolValue.FALSE;
      }
      return BoolValue.of(search(ctx, env, 0) != universal);
    }

    /** True when a binding makes the body differ from {@code universal} (a witness or counterexample). */
    private boolean search(Context ctx, Env env, int index) {
      if (index == bounds.length) {
        return body.evalBool(ctx, env) != universal;
      }
      Bound bound = bounds[index];
      Value set = bound.set.eval(ctx, env);
      if (set instanceof IntervalValue interval && !bound.tuple && bound.names.length == 1) {
        for (int i = interval.low(); i <= interval.high(); i++) {
          if (search(ctx, new Env(env, tlacheck.value.IntValue.of(i)), index + 1)) {
            return true;
          }
        }
        return false;
      }
      for (Value element : elementsOf(bound.set, set)) {
        if (search(ctx, bind(env, bound, element, this), index + 1)) {
          return true;
        }
      }
      return false;
    }
  }

  public static final class Choose extends Node {
    final Bound bound;
    final Node body;

    public Choose(Span span, Bound bound, Node body) {
      super(span);
      this.bound = bound;
      this.body = body;
      from(bound.set, body);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (bound.set == null) {
        throw error("CHOOSE without a bound (CHOOSE x : P) cannot be evaluated; use CHOOSE x \\in S : P");
      }
      Value set = bound.set.eval(ctx, env);
      for (Value element : elementsOf(bound.set, set)) {
        if (body.evalBool(ctx, bind(env, bound, element, this))) {
          return element;
        }
      }
      throw error("CHOOSE found no element of " + CoreNodes.abbreviate(set) + " satisfying the predicate");
    }
  }

  /** Lists the elements a bound ranges over, in canonical order. */
  public static Value[] elementsOf(Node setNode, Value set) {
    try {
      return Values.asSet(set, "a bound variable's range").enumerate().elements();
    } catch (ValueException e) {
      throw setNode.at(e);
    }
  }

  /** Pushes the binding of one element; a tuple bound destructures it. */
  public static Env bind(Env env, Bound bound, Value element, Node where) {
    if (!bound.tuple) {
      return new Env(env, element);
    }
    if (!(element instanceof TupleValue t) || t.size() != bound.names.length) {
      throw where.error("cannot bind " + Values.describe(element) + " to a tuple of "
          + bound.names.length + " names");
    }
    Env e = env;
    for (Value part : t.elements()) {
      e = new Env(e, part);
    }
    return e;
  }
}

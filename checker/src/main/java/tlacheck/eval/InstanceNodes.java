package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.Value;

/**
 * Nodes for what an INSTANCE substitutes. A substitution {@code c <- e} is compiled once, in the
 * instantiating module, with the instance's frame (its parameters, see {@link ModuleScope}) as
 * its only local bindings; it is used deep inside definitions of the instantiated module, where
 * more binders are in scope. Because every definition of an instance binds its frame first, the
 * frame is always the outermost part of the environment, so the substitution is evaluated in
 * the environment with the inner binders dropped.
 */
public final class InstanceNodes {
  private InstanceNodes() {}

  /**
   * A use of a substitution whose value is a function of the current state alone (a refinement
   * mapping such as {@code pc <- [p \in ProcSet |-> Translate(p)]}): every use in every
   * definition of the instance shares one {@link PerStateMemo}, so the mapping is computed once per
   * state, however often the instantiated module's actions read it. As for definitions kept per
   * state (CallNodes.OpCall), only in a stable context and never primed: a next state being
   * assigned may still change.
   */
  public static final class KeptPerState extends Node {
    public final Node inner;
    private final PerStateMemo kept;

    public KeptPerState(Span span, Node inner, PerStateMemo kept) {
      super(span);
      this.inner = inner;
      this.kept = kept;
      from(inner);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (!ctx.stable || ctx.primed) {
        return inner.eval(ctx, env);
      }
      Value[] state = ctx.current;
      Value v = kept.get(state);
      if (v == null) {
        v = inner.eval(ctx, env);
        kept.put(state, v);
      }
      return v;
    }
  }

  /** The environment with the {@code count} innermost binders dropped. */
  public static Env drop(Env env, int count) {
    Env e = env;
    for (int i = 0; i < count; i++) {
      e = e.parent;
    }
    return e;
  }

  /** A substituted expression that reads the instance's parameters. */
  public static final class Rebase extends Node {
    public final Node inner;
    /** How many binders of the use site lie inside the instance frame. */
    public final int drop;

    public Rebase(Span span, Node inner, int drop) {
      super(span);
      this.inner = inner;
      this.drop = drop;
      from(inner);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return inner.eval(ctx, drop(env, drop));
    }
  }

  /** {@code F(a, b)} where the instance substitutes {@code F <- LAMBDA x, y : e}. */
  public static final class LambdaCall extends Node {
    final Node body;
    final int drop;
    final CallNodes.Arg[] args;

    public LambdaCall(Span span, Node body, int frame, int drop, CallNodes.Arg[] args) {
      super(span);
      this.body = body;
      this.drop = drop;
      this.args = args;
      for (CallNodes.Arg arg : args) {
        from(arg.node);
      }
      level = Math.max(level, body.level);
      if (body.outermostLocal < frame) {
        outermostLocal = Math.min(outermostLocal, body.outermostLocal);
      }
    }

    @Override
    public Value eval(Context ctx, Env env) {
      return body.eval(ctx, CallNodes.bindArgs(drop(env, drop), args, ctx, env));
    }
  }
}

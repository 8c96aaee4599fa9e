package tlacheck.eval;

import tlacheck.value.Value;

/**
 * An expression bound to a name but evaluated only when used, as TLC does for operator
 * arguments and LET definitions (so that {@code IF c THEN arg ELSE 0} does not evaluate a
 * failing argument). Results are kept only for expressions that cannot mention primed
 * variables: those depend on the partly built next state, which changes while successors are
 * enumerated.
 */
public final class Thunk {
  public final Node node;
  public final Env env;
  private final boolean memoize;
  private Value value;

  public Thunk(Node node, Env env, boolean memoize) {
    this.node = node;
    this.env = env;
    this.memoize = memoize;
  }

  Value force(Context ctx) {
    if (ctx.primed) {
      return node.eval(ctx, env); // The primed value of the argument, never the one kept.
    }
    if (value != null) {
      return value;
    }
    Value v = node.eval(ctx, env);
    if (memoize) {
      value = v;
    }
    return v;
  }

  /** For successor enumeration: the expression, to be enumerated rather than evaluated. */
  public Node node() {
    return node;
  }

  public Env env() {
    return env;
  }
}

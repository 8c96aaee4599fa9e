package tlacheck.eval;

/**
 * The chain of local bindings visible to an expression: quantifier variables, operator
 * parameters and LET definitions. The resolver turns every local name into a depth (how many
 * links to walk), so no name is looked up while checking.
 *
 * <p>An entry holds a {@link tlacheck.value.Value}, a {@link Thunk} (a lazily evaluated
 * argument or LET definition) or a {@link Closure} (an operator passed as an argument).
 */
public final class Env {
  final Env parent;
  Object entry;

  public Env(Env parent, Object entry) {
    this.parent = parent;
    this.entry = entry;
  }

  /**
   * The same bindings with every lazily bound argument and variable replaced by its value in
   * {@code ctx} (operators stay as they are): for an expression evaluated in another state than
   * the one its arguments were given in.
   */
  public static Env valuesIn(Env env, Context ctx) {
    if (env == null) {
      return null;
    }
    Object entry = env.entry;
    Object value = entry instanceof Thunk t ? t.force(ctx)
        : entry instanceof Node variable ? variable.eval(ctx, null) : entry;
    return new Env(valuesIn(env.parent, ctx), value);
  }

  public static Object lookup(Env env, int depth) {
    Env e = env;
    for (int i = 0; i < depth; i++) {
      e = e.parent;
    }
    return e.entry;
  }
}

package tlacheck.eval.enumerate;

import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.Env;
import tlacheck.eval.EvalException;
import tlacheck.eval.Node;
import tlacheck.eval.Thunk;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * Functions whose values are actions, applied in a next-state relation: {@code N[i]} with
 * {@code N[n \in S] == UNCHANGED x} or {@code N == [n \in S |-> x' = n]}. TLC does not compute
 * such a function (its values would read the next state being built): it enumerates the body of
 * its definition with the bound name equal to the argument, as for an operator. Found with the
 * TLC 2.18 oracle (lang/ActionFunctions).
 */
final class ActionFunctions {
  private ActionFunctions() {}

  /** The body to enumerate for {@code app} and its bindings, or null if f is not defined by such a function. */
  record Applied(Node body, Env env) {}

  static Applied applied(DataNodes.FcnApp app, Env env, Context ctx) {
    Node f = app.function;
    Env fenv = env;
    for (int step = 0; step < 64; step++) {
      if (f instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body != null) {
        f = call.op.body;
        fenv = null;
      } else if (f instanceof CoreNodes.LocalRef ref && Env.lookup(fenv, ref.depth) instanceof Thunk t) {
        f = t.node();
        fenv = t.env();
      } else {
        break;
      }
    }
    BinderNodes.Bound[] bounds;
    Node body;
    if (f instanceof DataNodes.RecursiveFunction r) {
      bounds = r.bounds;
      body = r.body;
    } else if (f instanceof DataNodes.FcnCtor c) {
      bounds = c.bounds;
      body = c.body;
    } else {
      return null;
    }
    Value arg = app.argument(ctx, env);
    if (bounds.length == 1) {
      return new Applied(body, bind(bounds[0], arg, fenv, f, app, ctx));
    }
    if (!(arg instanceof TupleValue tuple) || tuple.size() != bounds.length) {
      throw notInDomain(app, f, arg);
    }
    Env inner = fenv;
    for (int i = 0; i < bounds.length; i++) {
      inner = bind(bounds[i], tuple.elements()[i], inner, f, app, ctx);
    }
    return new Applied(body, inner);
  }

  /** Binds one bound to its part of the argument, which must be in the bound's set. */
  private static Env bind(BinderNodes.Bound bound, Value value, Env env, Node f, DataNodes.FcnApp app, Context ctx) {
    Value domain = bound.set().eval(ctx, env);
    boolean in;
    try {
      in = Values.asSet(domain, "a function's domain").contains(value);
    } catch (ValueException e) {
      throw app.at(e);
    }
    if (!in) {
      throw notInDomain(app, f, value);
    }
    return BinderNodes.bind(env, bound, value, app);
  }

  private static EvalException notInDomain(DataNodes.FcnApp app, Node f, Value arg) {
    return app.error("the function defined at " + f.span + " is applied to " + arg
        + ", which is not in its domain");
  }
}

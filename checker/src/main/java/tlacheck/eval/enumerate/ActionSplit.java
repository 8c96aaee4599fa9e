package tlacheck.eval.enumerate;

import tlacheck.eval.ActionCall;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.InstanceNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.Thunk;
import tlacheck.eval.UserOp;

/**
 * How TLC splits a next-state relation into the actions it names in a trace, found with the TLC
 * 2.18 oracle (lang/TraceLabels). TLC splits the relation once, before the search, looking
 * through
 *
 * <ul>
 *   <li>disjunctions (each disjunct is an action of its own);
 *   <li>{@code \E x \in S : A} when S is a constant (one action per element);
 *   <li>LET (into its body), and a LET definition used as a formula;
 *   <li>a call of a definition whose arguments are all constants (into its body, the action then
 *       being named after the definition) — except a definition without parameters whose body is
 *       a constant (TLC has computed its value) or names a variable, and a definition of an
 *       INSTANCE that substitutes something (the action is then located at the INSTANCE
 *       statement).
 * </ul>
 *
 * Anything else is an action as a whole, located at that expression (parentheses are not part
 * of it): a conjunction, an IF, {@code [A]_v}, a call with an argument that is not a constant
 * (located at the call, and named after the definition), and so on. tlacheck names each step
 * this way, and adds the values of the parameters and of the {@code \E} bindings on the way
 * ({@code A2(k = 1)}), where TLC prints the arguments of the named definition ({@code A2(1)}).
 *
 * <p>Used only when traces are replayed with labels; the search itself never asks.
 */
final class ActionSplit {
  private ActionSplit() {}

  /**
   * How many actions the split makes of {@code node}, counting up to {@code limit}: TLC words the
   * error for an incomplete successor differently when the relation is one action.
   */
  static int count(Node node, Env env, Context ctx, int limit) {
    if (!opens(node, env)) {
      return 1;
    }
    switch (node.form) {
      case Node.FORM_OR: {
        int n = 0;
        for (Node item : ((CoreNodes.Or) node).items) {
          n += count(item, env, ctx, limit - n);
          if (n >= limit) {
            break;
          }
        }
        return n;
      }
      case Node.FORM_LET: {
        BinderNodes.Let let = (BinderNodes.Let) node;
        return count(let.body, let.bind(env), ctx, limit);
      }
      case Node.FORM_QUANTIFIER: {
        BinderNodes.Quantifier q = (BinderNodes.Quantifier) node;
        return countBindings(q, 0, env, ctx, limit);
      }
      case Node.FORM_OP_CALL: {
        CallNodes.OpCall call = (CallNodes.OpCall) node;
        return count(call.op.body, CallNodes.bindArgs(null, call.args, ctx, env), ctx, limit);
      }
      case Node.FORM_LOCAL_REF: {
        Thunk t = (Thunk) Env.lookup(env, ((CoreNodes.LocalRef) node).depth);
        return count(t.node(), t.env(), ctx, limit);
      }
      default: {
        CallNodes.LocalOpCall call = (CallNodes.LocalOpCall) node;
        Closure c = call.closure(env);
        return count(c.body, CallNodes.bindArgs(c.env, call.args, ctx, env), ctx, limit);
      }
    }
  }

  private static int countBindings(BinderNodes.Quantifier q, int index, Env env, Context ctx, int limit) {
    if (index == q.bounds.length) {
      return count(q.body, env, ctx, limit);
    }
    BinderNodes.Bound bound = q.bounds[index];
    int n = 0;
    for (tlacheck.value.Value element : BinderNodes.elementsOf(bound.set(), bound.set().eval(ctx, env))) {
      n += countBindings(q, index + 1, BinderNodes.bind(env, bound, element, q), ctx, limit - n);
      if (n >= limit) {
        break;
      }
    }
    return n;
  }

  /** Whether the split looks through {@code node} (else it is an action as a whole). */
  static boolean opens(Node node, Env env) {
    switch (node.form) {
      case Node.FORM_OR:
      case Node.FORM_LET:
        return true;
      case Node.FORM_QUANTIFIER: {
        BinderNodes.Quantifier q = (BinderNodes.Quantifier) node;
        if (q.universal) {
          return false;
        }
        for (BinderNodes.Bound bound : q.bounds) {
          if (bound.set().level != Node.CONSTANT) {
            return false;
          }
        }
        return true;
      }
      case Node.FORM_OP_CALL:
        return entersDefinition((CallNodes.OpCall) node) && !substitutingInstance(((CallNodes.OpCall) node).op);
      case Node.FORM_LOCAL_REF: {
        CoreNodes.LocalRef ref = (CoreNodes.LocalRef) node;
        return ref.parameterOf == null && !ref.boundToValue && Env.lookup(env, ref.depth) instanceof Thunk;
      }
      case Node.FORM_LOCAL_OP_CALL: {
        CallNodes.LocalOpCall call = (CallNodes.LocalOpCall) node;
        return call.closure(env).builtin == null && constantArguments(call.args);
      }
      default:
        return false;
    }
  }

  /**
   * The label of the action {@code node} is, as a whole; {@code open} is the label so far (the
   * innermost definition entered, located at the expression being split).
   */
  static ActionCall leaf(Node node, Env env, ActionCall open, Context ctx) {
    Node inner = node instanceof CoreNodes.Cached cached ? cached.inner : node;
    if (inner instanceof CallNodes.OpCall call) {
      UserOp op = call.op;
      String name = call.displayName != null ? call.displayName : op.name;
      Env bound = CallNodes.bindArgs(null, call.args, ctx, env);
      boolean[] shown = new boolean[call.args.length];
      for (int i = 0; i < shown.length; i++) {
        shown[i] = call.args[i].node.level < Node.ACTION;
      }
      if (entersDefinition(call) && substitutingInstance(op)) {
        ModuleScope instance = op.scope;
        return ActionCall.of(name, op.paramNames, bound, shown, ctx, instance.instantiatedAt, instance.instantiatedIn);
      }
      return ActionCall.of(name, op.paramNames, bound, shown, ctx, node.span, open.module());
    }
    return open.at(node.span);
  }

  /** The label on entering a definition the split looks through. */
  static ActionCall entering(CallNodes.OpCall call, Env bound, Context ctx, ActionCall open) {
    String name = call.displayName != null ? call.displayName : call.op.name;
    return ActionCall.of(name, call.op.paramNames, bound, null, ctx, open.span(), call.op.module);
  }

  /** The label on entering a LET definition the split looks through. */
  static ActionCall entering(String name, Closure closure, Env bound, Context ctx, ActionCall open) {
    String[] params = closure == null || closure.paramNames == null ? new String[0] : closure.paramNames;
    return ActionCall.of(name, params, bound, null, ctx, open.span(), open.module());
  }

  /**
   * Whether TLC looks into the definition a call applies: its arguments are constants, and it is
   * not a definition without parameters whose value TLC computed beforehand (a constant) or that
   * names a variable.
   */
  private static boolean entersDefinition(CallNodes.OpCall call) {
    if (!constantArguments(call.args) || call.op.body == null) {
      return false;
    }
    if (call.op.ownArity() == 0) {
      Node body = call.op.body;
      return body.level != Node.CONSTANT && !namesVariable(body);
    }
    return true;
  }

  private static boolean constantArguments(CallNodes.Arg[] args) {
    for (CallNodes.Arg arg : args) {
      if (arg.node.level != Node.CONSTANT) {
        return false;
      }
    }
    return true;
  }

  /** Whether a definition is one of an INSTANCE that substitutes something. */
  private static boolean substitutingInstance(UserOp op) {
    return op.scope != null && op.scope.instantiatedAt != null && op.scope.substitutes;
  }

  /** Whether an expression is a variable, through definitions without parameters and substitutions. */
  private static boolean namesVariable(Node node) {
    for (int step = 0; step < 64; step++) {
      if (node instanceof CoreNodes.VarRef) {
        return true;
      } else if (node instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body != null) {
        node = call.op.body;
      } else if (node instanceof InstanceNodes.KeptPerState kept) {
        node = kept.inner;
      } else if (node instanceof InstanceNodes.Rebase rebase) {
        node = rebase.inner;
      } else {
        return false;
      }
    }
    return false;
  }
}

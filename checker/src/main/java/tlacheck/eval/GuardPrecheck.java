package tlacheck.eval;

import java.util.ArrayList;
import java.util.List;
import tlacheck.value.Value;

/**
 * The tests of {@code \E x \in S, y \in T : Op(t, x, y)} that do not depend on the bound names:
 * Op's leading conjuncts that read only variables, constants and parameters given values from
 * outside the quantifier, such as {@code pc[t] = "Idle"} in {@code \E f, g \in Files :
 * StartDioWrite(t, f, g)}.
 *
 * <p>Why: such a test has the same value for every binding, so when it is false no binding
 * gives a witness (or, in an action, a successor), and the loop over the bindings, which would
 * bind and call Op and fail the same test each time, can be skipped. Next-state relations made of
 * per-thread actions over several files are full of these, and most of their guards are false.
 *
 * <p>The tests are evaluated once before the loop, with the first binding, exactly as the loop
 * would evaluate them first: the same value and, if one fails to evaluate, the same error. Only
 * bound sets that are constants (evaluated once anyway) and tests without binders, primes,
 * operator calls or effects (Print, TLCSet, ...) qualify, so evaluating them once more changes
 * nothing else; and only parameters that no call binds to a variable, since {@code p = e} with
 * p bound to {@code x'} assigns x.
 */
public final class GuardPrecheck {
  private static final GuardPrecheck NONE = new GuardPrecheck(null, null, null);

  private final BinderNodes.Quantifier quantifier;
  private final CallNodes.OpCall call;
  private final Node[] tests;
  /** The first element of each bound set (constants), or null for an empty set; made on first use. */
  private Value[] firstBinding;

  private GuardPrecheck(BinderNodes.Quantifier quantifier, CallNodes.OpCall call, Node[] tests) {
    this.quantifier = quantifier;
    this.call = call;
    this.tests = tests;
  }

  /**
   * The first element of each bound set (null for an empty set). The sets are constants: the
   * first call evaluates them, and fails as the quantifier would if one cannot be evaluated.
   */
  Value[] firstBinding(Context ctx, Env env) {
    Value[] first = firstBinding;
    if (first == null) {
      first = new Value[quantifier.bounds.length];
      for (int i = 0; i < first.length; i++) {
        BinderNodes.Bound b = quantifier.bounds[i];
        Value[] elements = BinderNodes.elementsOf(b.set(), b.set().eval(ctx, env));
        first[i] = elements.length == 0 ? null : elements[0];
      }
      firstBinding = first;
    }
    return first;
  }

  /** The tests, or null if there are none. */
  Node[] tests() {
    return tests;
  }

  /** The tests of an existential quantifier that can be checked once, or an empty check. */
  static GuardPrecheck of(BinderNodes.Quantifier q) {
    if (q.universal || !(q.body instanceof CallNodes.OpCall call) || call.op.body == null
        || !(call.op.body instanceof CoreNodes.And and)) {
      return NONE;
    }
    int bound = q.bounds.length;
    for (BinderNodes.Bound b : q.bounds) {
      if (b.tuple() || !(b.set() instanceof CoreNodes.Const || b.set() instanceof CoreNodes.Cached)) {
        return NONE;
      }
    }
    // Which parameters of Op are given something that does not depend on the bound names.
    int arity = call.args.length;
    boolean[] outside = new boolean[arity];
    for (int i = 0; i < arity; i++) {
      CallNodes.Arg arg = call.args[i];
      if (arg instanceof CallNodes.OperatorArg) {
        return NONE;
      }
      outside[i] = arg instanceof CallNodes.VariableArg
          || arg instanceof CallNodes.ForwardArg forward && forward.depth >= bound
          || arg.node instanceof CoreNodes.Const;
    }
    List<Node> tests = new ArrayList<>();
    for (Node item : and.items) {
      if (!independent(item, outside)) {
        break;
      }
      tests.add(item);
    }
    return tests.isEmpty() ? NONE : new GuardPrecheck(q, call, tests.toArray(new Node[0]));
  }

  /**
   * Whether a test reads only variables (unprimed), constants and the parameters marked {@code
   * outside}, through operators without binders or effects.
   */
  private static boolean independent(Node node, boolean[] outside) {
    if (node instanceof CoreNodes.Const || node instanceof CoreNodes.Cached || node instanceof CoreNodes.VarRef) {
      return true;
    }
    if (node instanceof CoreNodes.LocalRef ref) {
      // A parameter that may be bound to a variable may be bound to a primed one, and then
      // "p = e" assigns it when successors are enumerated: not a test.
      int parameter = outside.length - 1 - ref.depth;
      return parameter >= 0 && outside[parameter] && !ref.mayBeVariable();
    }
    if (node instanceof CoreNodes.Not n) {
      return independent(n.operand, outside);
    }
    if (node instanceof CoreNodes.Equals e) {
      return independent(e.left, outside) && independent(e.right, outside);
    }
    if (node instanceof CoreNodes.In in) {
      return independent(in.element, outside) && independent(in.set, outside);
    }
    if (node instanceof CoreNodes.And a) {
      return all(a.items, outside);
    }
    if (node instanceof CoreNodes.Or o) {
      return all(o.items, outside);
    }
    if (node instanceof DataNodes.FcnApp f) {
      return independent(f.function, outside) && all(f.args, outside);
    }
    if (node instanceof DataNodes.Field f) {
      return independent(f.record, outside);
    }
    if (node instanceof CallNodes.Builtin1 b) {
      return !b.effects && independent(b.a, outside);
    }
    if (node instanceof CallNodes.Builtin2 b) {
      return !b.effects && independent(b.a, outside) && independent(b.b, outside);
    }
    return false;
  }

  private static boolean all(Node[] nodes, boolean[] outside) {
    for (Node n : nodes) {
      if (!independent(n, outside)) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when the tests fail with the first binding, so with every binding; true when they hold,
   * when there is nothing to test, or when a bound set is empty (the loop then decides).
   */
  public boolean mayHold(Context ctx, Env env) {
    if (tests == null) {
      return true;
    }
    Env inner = env;
    for (Value element : firstBinding(ctx, env)) {
      if (element == null) {
        return true;
      }
      inner = new Env(inner, element);
    }
    Env callee = CallNodes.bindArgs(null, call.args, ctx, inner);
    for (Node test : tests) {
      if (!test.evalBool(ctx, callee)) {
        return false;
      }
    }
    return true;
  }
}

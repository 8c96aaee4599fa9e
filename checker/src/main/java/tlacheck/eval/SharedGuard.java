package tlacheck.eval;

/**
 * Disjuncts that start with the same test: {@code ReceiveRequest(p, q) \/ ReceiveAck(p, q) \/
 * ReceiveRelease(p, q)}, whose definitions all start with {@code network[q][p] # << >>}. When the
 * first of them finds the test false, the others would find it false too, so they are skipped.
 *
 * <p>A group is two or more calls, with the same arguments where the test reads them, of
 * definitions whose bodies are conjunctions starting with the same test (the same expression,
 * parameters read through the same arguments). The test is one that {@link GuardPrecheck} would
 * evaluate once: no binders, primes, operator calls or effects. Arguments are only names passed
 * on, variables and constants, so binding them cannot fail. The first member evaluates the test
 * where its own evaluation would, with the same value and the same error; only its answer
 * "false" is remembered, for the later members, for this one evaluation of the disjunction.
 */
final class SharedGuard {
  private static final SharedGuard NONE = new SharedGuard(null, null);

  /** Per disjunct, the first member of its group, or -1 (also for a group's first member). */
  private final int[] leader;
  /** Per disjunct that leads a group, its call; else null. */
  private final CallNodes.OpCall[] leaders;

  private SharedGuard(int[] leader, CallNodes.OpCall[] leaders) {
    this.leader = leader;
    this.leaders = leaders;
  }

  static SharedGuard of(Node[] disjuncts) {
    if (disjuncts.length < 2 || disjuncts.length > 64) {
      return NONE;
    }
    int[] leader = new int[disjuncts.length];
    CallNodes.OpCall[] leaders = new CallNodes.OpCall[disjuncts.length];
    java.util.Arrays.fill(leader, -1);
    boolean any = false;
    for (int i = 0; i < disjuncts.length; i++) {
      Node test = firstTest(disjuncts[i]);
      if (test == null || leader[i] >= 0) {
        continue;
      }
      CallNodes.OpCall a = (CallNodes.OpCall) disjuncts[i];
      for (int j = i + 1; j < disjuncts.length; j++) {
        Node other = firstTest(disjuncts[j]);
        if (other != null && leader[j] < 0 && same(test, a, other, (CallNodes.OpCall) disjuncts[j])) {
          leader[j] = i;
          leaders[i] = a;
          any = true;
        }
      }
    }
    return any ? new SharedGuard(leader, leaders) : NONE;
  }

  /** The first conjunct of a call's definition, if the call and the conjunct qualify. */
  private static Node firstTest(Node disjunct) {
    if (!(disjunct instanceof CallNodes.OpCall call) || !(call.op.body instanceof CoreNodes.And and)) {
      return null;
    }
    boolean[] all = new boolean[call.args.length];
    for (int k = 0; k < call.args.length; k++) {
      CallNodes.Arg arg = call.args[k];
      if (!(arg instanceof CallNodes.ForwardArg || arg instanceof CallNodes.VariableArg
          || arg.node instanceof CoreNodes.Const)) {
        return null;
      }
      all[k] = true;
    }
    Node test = and.items[0];
    return and.items.length > 1 && GuardPrecheck.independent(test, all) ? test : null;
  }

  /** Whether two tests are the same expression, reading parameters through the same arguments. */
  private static boolean same(Node x, CallNodes.OpCall cx, Node y, CallNodes.OpCall cy) {
    if (x.getClass() != y.getClass()) {
      return false;
    }
    if (x instanceof CoreNodes.Const a) {
      return a.value.equals(((CoreNodes.Const) y).value);
    }
    if (x instanceof CoreNodes.Cached a) {
      return same(a.inner, cx, ((CoreNodes.Cached) y).inner, cy);
    }
    if (x instanceof CoreNodes.VarRef a) {
      return a.slot == ((CoreNodes.VarRef) y).slot;
    }
    if (x instanceof CoreNodes.LocalRef a) {
      CallNodes.Arg ax = cx.args[cx.args.length - 1 - a.depth];
      CallNodes.Arg ay = cy.args[cy.args.length - 1 - ((CoreNodes.LocalRef) y).depth];
      if (ax instanceof CallNodes.ForwardArg fx) {
        return ay instanceof CallNodes.ForwardArg fy && fx.depth == fy.depth;
      }
      if (ax instanceof CallNodes.VariableArg) {
        return ay instanceof CallNodes.VariableArg && same(ax.node, cx, ay.node, cy);
      }
      return ax.node instanceof CoreNodes.Const && same(ax.node, cx, ay.node, cy);
    }
    if (x instanceof CoreNodes.Not a) {
      return same(a.operand, cx, ((CoreNodes.Not) y).operand, cy);
    }
    if (x instanceof CoreNodes.Equals a) {
      CoreNodes.Equals b = (CoreNodes.Equals) y;
      return a.negated == b.negated && same(a.left, cx, b.left, cy) && same(a.right, cx, b.right, cy);
    }
    if (x instanceof CoreNodes.In a) {
      CoreNodes.In b = (CoreNodes.In) y;
      return a.negated == b.negated && same(a.element, cx, b.element, cy) && same(a.set, cx, b.set, cy);
    }
    if (x instanceof CoreNodes.And a) {
      return all(a.items, cx, ((CoreNodes.And) y).items, cy);
    }
    if (x instanceof CoreNodes.Or a) {
      return all(a.items, cx, ((CoreNodes.Or) y).items, cy);
    }
    if (x instanceof DataNodes.FcnApp a) {
      DataNodes.FcnApp b = (DataNodes.FcnApp) y;
      return same(a.function, cx, b.function, cy) && all(a.args, cx, b.args, cy);
    }
    if (x instanceof DataNodes.Tuple a) {
      return all(a.elements, cx, ((DataNodes.Tuple) y).elements, cy);
    }
    if (x instanceof DataNodes.Field a) {
      DataNodes.Field b = (DataNodes.Field) y;
      return a.field.equals(b.field) && same(a.record, cx, b.record, cy);
    }
    if (x instanceof CallNodes.Builtin1 a) {
      CallNodes.Builtin1 b = (CallNodes.Builtin1) y;
      return a.fn == b.fn && same(a.a, cx, b.a, cy);
    }
    if (x instanceof CallNodes.Builtin2 a) {
      CallNodes.Builtin2 b = (CallNodes.Builtin2) y;
      return a.fn == b.fn && same(a.a, cx, b.a, cy) && same(a.b, cx, b.b, cy);
    }
    return false;
  }

  private static boolean all(Node[] xs, CallNodes.OpCall cx, Node[] ys, CallNodes.OpCall cy) {
    if (xs.length != ys.length) {
      return false;
    }
    for (int i = 0; i < xs.length; i++) {
      if (!same(xs[i], cx, ys[i], cy)) {
        return false;
      }
    }
    return true;
  }

  /** Whether disjunct {@code i} is skipped because its group's test was found false. */
  boolean skips(int i, long failed) {
    return leader != null && leader[i] >= 0 && (failed >>> leader[i] & 1L) != 0;
  }

  /**
   * For a group's first member {@code i}: its test's value, evaluated as the member would first
   * evaluate it (bound arguments, then the test). Null if {@code i} leads no group or the test
   * fails to evaluate (the member then fails the same way when it is evaluated).
   */
  Boolean lead(int i, Context ctx, Env env) {
    if (leaders == null || leaders[i] == null) {
      return null;
    }
    CallNodes.OpCall call = leaders[i];
    try {
      Env inner = CallNodes.bindArgs(null, call.args, ctx, env);
      return ((CoreNodes.And) call.op.body).items[0].evalBool(ctx, inner);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }
}

package tlacheck.eval;

import tlacheck.value.FcnValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The disjuncts of {@code A_1 \/ ... \/ A_n} that one lookup rules out. PlusCal's translation,
 * and specifications written in its style, make each A_i an action of one process whose first
 * test is its label: {@code p(self) == ncs(self) \/ e1(self) \/ ...} with {@code ncs(self) ==
 * /\ pc[self] = "ncs" /\ ...}, or {@code \E f \in Files : Pin(t, f)} with {@code Pin(t, f) ==
 * /\ pc[t] = "Pin" /\ ...}. In a state, {@code pc[self]} has one value, so only the disjuncts
 * with that label can hold: the others would each be called, bound and tested, only to fail.
 *
 * <p>A disjunct qualifies when it is a call of a definition whose body is a conjunction starting
 * with {@code v[p] = "literal"} (v a variable, p a parameter passed a name bound outside the
 * disjunct), or such a call under {@code \E} over constant sets (see {@link GuardPrecheck}).
 * Dispatch is used when three or more disjuncts test the same {@code v[x]}. It computes {@code
 * v[x]} once and skips a qualifying disjunct whose literal differs; the others are tried, in
 * their order, as before. A skipped disjunct would have failed its first test, so nothing else
 * changes: a disjunct whose test cannot be decided (x outside v's domain, values that TLA+ cannot
 * compare) is tried, and fails to evaluate where it did before.
 */
public final class GuardDispatch {
  private static final GuardDispatch NONE = new GuardDispatch(null, -1, null, null);

  /** The variable v; the depth, in the disjunction's bindings, of the name x; per disjunct, its literal or null. */
  private final CoreNodes.VarRef variable;
  private final int depth;
  private final Value[] labels;
  /** Per disjunct, the quantifier it is, if it is one. */
  private final BinderNodes.Quantifier[] quantifiers;

  private GuardDispatch(CoreNodes.VarRef variable, int depth, Value[] labels, BinderNodes.Quantifier[] quantifiers) {
    this.variable = variable;
    this.depth = depth;
    this.labels = labels;
    this.quantifiers = quantifiers;
  }

  static GuardDispatch of(Node[] disjuncts) {
    Key[] keys = new Key[disjuncts.length];
    for (int i = 0; i < disjuncts.length; i++) {
      keys[i] = keyOf(disjuncts[i]);
    }
    // The most common v[x] among the disjuncts, if at least three share it.
    Key best = null;
    int bestCount = 0;
    for (Key k : keys) {
      if (k == null) {
        continue;
      }
      int count = 0;
      for (Key other : keys) {
        if (other != null && other.sameLookup(k)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = k;
        bestCount = count;
      }
    }
    if (bestCount < 3) {
      return NONE;
    }
    Value[] labels = new Value[disjuncts.length];
    BinderNodes.Quantifier[] quantifiers = new BinderNodes.Quantifier[disjuncts.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null && keys[i].sameLookup(best)) {
        labels[i] = keys[i].label;
        quantifiers[i] = disjuncts[i] instanceof BinderNodes.Quantifier q ? q : null;
      }
    }
    return new GuardDispatch(best.variable, best.depth, labels, quantifiers);
  }

  /** A disjunct's first test {@code v[p] = "literal"}, with p's argument's depth outside the disjunct. */
  private record Key(CoreNodes.VarRef variable, int depth, Value label) {
    boolean sameLookup(Key other) {
      return variable.slot == other.variable.slot && depth == other.depth;
    }
  }

  private static Key keyOf(Node disjunct) {
    int bound = 0;
    Node body = disjunct;
    if (disjunct instanceof BinderNodes.Quantifier q) {
      if (q.precheck().tests() == null) {
        return null;
      }
      bound = q.bounds.length;
      body = q.body;
    }
    if (!(body instanceof CallNodes.OpCall call) || !(call.op.body instanceof CoreNodes.And and)
        || !(and.items[0] instanceof CoreNodes.Equals test) || test.negated) {
      return null;
    }
    Node lookup = test.right instanceof CoreNodes.Const ? test.left : test.right;
    Node literal = lookup == test.left ? test.right : test.left;
    if (!(literal instanceof CoreNodes.Const c) || !(lookup instanceof DataNodes.FcnApp app)
        || !(app.function instanceof CoreNodes.VarRef variable) || app.args.length != 1
        || !(app.args[0] instanceof CoreNodes.LocalRef parameter) || parameter.mayBeVariable()) {
      return null;
    }
    int index = call.args.length - 1 - parameter.depth;
    if (index < 0 || !(call.args[index] instanceof CallNodes.ForwardArg forward) || forward.depth < bound) {
      return null;
    }
    return new Key(variable, forward.depth - bound, c.value);
  }

  /** {@code v[x]} in this state, or null when there is no dispatch or it cannot be computed. */
  public Value lookup(Context ctx, Env env) {
    if (variable == null) {
      return null;
    }
    Value function = ctx.current == null ? null : ctx.current[variable.slot];
    if (!(Env.lookup(env, depth) instanceof Value argument) || function == null) {
      return null;
    }
    try {
      return function instanceof FcnValue f ? f.apply(argument)
          : Values.asFunction(function, "function application").apply(argument);
    } catch (ValueException e) {
      return null;
    }
  }

  /**
   * Whether disjunct {@code i} fails its first test when {@code v[x]} is {@code value} (not null).
   * A quantifier's constant sets are evaluated first (once), as the quantifier would before its
   * first test, so a set that cannot be evaluated fails there all the same.
   */
  public boolean skips(int i, Value value, Context ctx, Env env) {
    Value label = labels[i];
    if (label == null) {
      return false;
    }
    boolean differs;
    try {
      differs = !Values.tlaEquals(value, label);
    } catch (ValueException e) {
      return false;
    }
    if (differs && quantifiers[i] != null) {
      quantifiers[i].precheck().firstBinding(ctx, env);
    }
    return differs;
  }
}

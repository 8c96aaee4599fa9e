package tlacheck.eval.temporal;

import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.source.Span;
import tlacheck.value.Value;

/**
 * A state predicate or an action inside a temporal formula, with the bindings it was unfolded
 * in (quantified variables, operator arguments), evaluated on one state or on one step.
 * Instances are not thread-safe: each keeps its own evaluation context.
 */
public final class TemporalAtom {
  private final Node node;
  private final Env env;
  private final boolean action;
  private final Context ctx;
  /** For {@code ENABLED <<A>>_v} made from a WF or SF: the action {@code <<A>>_v}. */
  private TemporalAtom enabledStep;
  /**
   * Whether the leading tests of the action may be decided once per state (see
   * {@link #failsBeforeTheStep}): it is pure, and a conjunction (perhaps inside {@code <<A>>_v}
   * and operator calls). 0 not yet known, 1 no, 2 yes.
   */
  private byte testsFirst;
  /** The state whose steps {@link #testsFailed} is about (its very array), or null. */
  private Value[] testedState;
  private boolean testsFailed;

  TemporalAtom(Node node, Env env, RunServices runtime) {
    this.node = node;
    this.env = env;
    this.action = node.level >= Node.ACTION;
    this.ctx = new Context(null, null, runtime);
  }

  /** True for an action (evaluated on a step), false for a state predicate. */
  public boolean isAction() {
    return action;
  }

  /** A state predicate's value in a state. */
  public boolean holds(Value[] state) {
    ctx.current = state;
    ctx.next = null;
    ctx.stable = true;
    return node.evalBool(ctx, env);
  }

  /** An action's value on the step {@code from -> to} (a state predicate ignores {@code to}). */
  public boolean holds(Value[] from, Value[] to) {
    if (action && failsBeforeTheStep(from)) {
      return false;
    }
    ctx.current = from;
    ctx.next = action ? to : null;
    ctx.stable = true;
    return node.evalBool(ctx, env);
  }

  /**
   * Whether the action is false on every step from {@code from} because one of its leading
   * conjuncts, which read only the current state, is false there. A fairness condition such as
   * {@code \A m \in Messages : WF_vars(Receive(m))} has an atom per message, evaluated on every
   * step; most fail on their first test ({@code m \in network}), which is the same for all the
   * steps from one state, so it is evaluated once per state. The steps of one state come one
   * after another, so one remembered state suffices.
   *
   * <p>The tests are evaluated without a next state: one that reads a primed variable (through
   * an operator argument, which its level does not show) fails to evaluate, and then, as after
   * any evaluation error, nothing is decided here and the whole action is evaluated on each step,
   * which reports a genuine error where TLC would. Only pure actions qualify (a test that prints
   * is evaluated on every step, as by TLC).
   */
  private boolean failsBeforeTheStep(Value[] from) {
    if (testsFirst == 0) {
      testsFirst = (byte) (AtomPurity.pure(node) ? 2 : 1);
    }
    if (testsFirst == 1) {
      return false;
    }
    if (from != testedState) {
      testedState = from;
      testsFailed = leadingTestsFail(from);
    }
    return testsFailed;
  }

  private boolean leadingTestsFail(Value[] from) {
    ctx.current = from;
    ctx.next = null;
    ctx.stable = true;
    try {
      Node n = node;
      if (n instanceof ActionNodes.ActionBox box) {
        if (!box.angle) {
          return false; // [A]_v holds on steps that leave v unchanged, whatever A is.
        }
        n = box.action;
      }
      return testsFail(n, env);
    } catch (RuntimeException | StackOverflowError e) {
      return false; // Decided on each step instead, where a genuine error is reported.
    }
  }

  /**
   * Whether the action {@code n} is false on every step from the current state by its tests of
   * that state alone: a conjunction whose leading state-level conjuncts include a false one (a
   * leading conjunct that is itself such an action counts too, as in {@code Allocate(c, S) ==
   * Sched!Allocate(c, S) /\ ...}), a disjunction of such actions, or {@code \E x \in S : A}
   * where A is such an action for every x (WF_vars(\E S \in SUBSET Resources : Allocate(c, S))).
   */
  private boolean testsFail(Node n, Env e) {
    while (n instanceof CallNodes.OpCall call && call.op.body != null) {
      e = CallNodes.bindArgs(null, call.args, ctx, e); // As OpCall.eval binds them.
      n = call.op.body;
    }
    if (n instanceof BinderNodes.Quantifier q && !q.universal) {
      return everyBindingFails(q, 0, e);
    }
    if (n instanceof CoreNodes.Or or) {
      for (Node item : or.items) {
        if (!testsFail(item, e)) {
          return false;
        }
      }
      return true;
    }
    if (!(n instanceof CoreNodes.And and)) {
      return false;
    }
    for (Node item : and.items) {
      if (item.level > Node.STATE) {
        return testsFail(item, e);
      }
      if (!item.evalBool(ctx, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean everyBindingFails(BinderNodes.Quantifier q, int index, Env e) {
    if (index == q.bounds.length) {
      return testsFail(q.body, e);
    }
    BinderNodes.Bound bound = q.bounds[index];
    for (Value element : BinderNodes.elementsOf(bound.set(), bound.set().eval(ctx, e))) {
      if (!everyBindingFails(q, index + 1, BinderNodes.bind(e, bound, element, q))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An action's value on the stuttering step {@code state -> state}. {@code <<A>>_v} is false and
   * {@code [A]_v} true there whatever A is, since v' = v, so A is not evaluated: these are the
   * steps of fairness conditions, and every state has such a step.
   */
  public boolean holdsOnStutter(Value[] state) {
    if (node instanceof ActionNodes.ActionBox box) {
      return !box.angle;
    }
    return holds(state, state);
  }

  /**
   * For {@code ENABLED <<A>>_v} of a fairness condition, the action {@code <<A>>_v}, else null.
   * When ENABLED cannot be computed by enumerating A (A assigns an expression such as a
   * refinement mapping's {@code f(x)'}), the checker falls back to the steps of the state graph.
   */
  public TemporalAtom enabledStep() {
    return enabledStep;
  }

  TemporalAtom withEnabledStep(TemporalAtom step) {
    this.enabledStep = step;
    return this;
  }

  public Span span() {
    return node.span;
  }

  @Override
  public String toString() {
    return (action ? "action " : "predicate ") + (node.span == null ? "?" : node.span.toString());
  }
}

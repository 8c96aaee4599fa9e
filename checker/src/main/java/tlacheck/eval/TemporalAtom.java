package tlacheck.eval;

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

  TemporalAtom(Node node, Env env, Runtime runtime) {
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
    ctx.current = from;
    ctx.next = action ? to : null;
    ctx.stable = true;
    return node.evalBool(ctx, env);
  }

  /**
   * An action's value on the stuttering step {@code state -> state}. {@code <<A>>_v} is false and
   * {@code [A]_v} true there whatever A is, since v' = v, so A is not evaluated: these are the
   * steps of fairness conditions, and every state has such a step.
   */
  public boolean holdsOnStutter(Value[] state) {
    if (node instanceof DataNodes.ActionBox box) {
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

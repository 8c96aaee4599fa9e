package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.Value;

/** Action-level nodes: {@code UNCHANGED v} and {@code [A]_v} / {@code <<A>>_v}. */
public final class ActionNodes {
  private ActionNodes() {}

  /** {@code UNCHANGED e} as a formula: {@code e' = e}. */
  public static final class Unchanged extends Node {
    public final Node inner;
    /**
     * For enumeration: the variable slots of {@code inner} when it is made only of variables and
     * tuples of them, else null. Set once by the shape analysis (tlacheck.eval.compile), with the
     * node's shape.
     */
    public int[] slots;

    public Unchanged(Span span, Node inner) {
      super(span, FORM_UNCHANGED);
      this.inner = inner;
      from(inner);
      level = Math.max(level, ACTION);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (ctx.next == null) {
        throw error("UNCHANGED is used where there is no next state");
      }
      return BoolValue.of(inner.eval(ctx.primed(), env).equals(inner.eval(ctx, env)));
    }
  }

  /** {@code [A]_v} (A or v unchanged) and {@code <<A>>_v} (A and v changed) as formulas. */
  public static final class ActionBox extends Node {
    public final Node action;
    public final Node subscript;
    public final boolean angle;
    /** {@code UNCHANGED subscript}: the test enumeration makes of the subscript when it cannot assign it. */
    public final Unchanged unchangedTest;
    /** {@code ~UNCHANGED subscript}: what enumeration tests after the action of {@code <<A>>_v}. */
    public final Node changedTest;
    /**
     * For enumeration of {@code [A]_v}: the variable slots of the subscript when it is made only
     * of variables and tuples of them, else null. Set once by the shape analysis, with the node's
     * shape.
     */
    public int[] subscriptSlots;

    public ActionBox(Span span, Node action, Node subscript, boolean angle) {
      super(span, FORM_ACTION_BOX);
      this.action = action;
      this.subscript = subscript;
      this.angle = angle;
      from(action, subscript);
      level = Math.max(level, ACTION);
      this.unchangedTest = new Unchanged(span, subscript);
      this.changedTest = new CoreNodes.Not(span, unchangedTest);
    }

    public boolean subscriptUnchanged(Context ctx, Env env) {
      return subscript.eval(ctx.primed(), env).equals(subscript.eval(ctx, env));
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (angle) {
        return BoolValue.of(action.evalBool(ctx, env) && !subscriptUnchanged(ctx, env));
      }
      return BoolValue.of(action.evalBool(ctx, env) || subscriptUnchanged(ctx, env));
    }
  }
}

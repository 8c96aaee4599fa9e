package tlacheck.eval.temporal;

import tlacheck.eval.ActionNodes;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.eval.enumerate.ActionEnumerator;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.Value;

/**
 * Compiled temporal operators ({@code []F}, {@code <>F}, {@code F ~> G}, {@code WF}/{@code SF})
 * and {@code ENABLED}.
 *
 * <p>The temporal nodes are never evaluated: a temporal formula is true or false of a whole
 * behaviour, not of a state. They keep their operands so that {@link TemporalTranslator} can
 * turn a SPECIFICATION's fairness and a PROPERTY into {@link TemporalFormula}s for the liveness
 * checker; evaluating one elsewhere (in an invariant, say) is an error that names the construct.
 *
 * <p>{@code ENABLED A} is a state predicate: true in a state s when some state t makes the step
 * s -> t an A step. It is decided by enumerating A's successors of s with the same machinery as
 * the next-state relation, stopping at the first; variables that A leaves unconstrained may
 * take any value, so they need not be assigned.
 */
public final class TemporalNodes {
  private TemporalNodes() {}

  /** The common base: level TEMPORAL, not evaluable. */
  abstract static class Temporal extends Node {
    private final String what;

    Temporal(Span span, String what, Node... operands) {
      super(span);
      this.what = what;
      from(operands);
      level = TEMPORAL;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      throw error("the temporal formula " + what + " cannot be evaluated in a single state or step; temporal "
          + "formulas can only be checked as part of a SPECIFICATION or a PROPERTY");
    }
  }

  public static final class Always extends Temporal {
    final Node inner;

    public Always(Span span, Node inner) {
      super(span, "[]F", inner);
      this.inner = inner;
    }
  }

  public static final class Eventually extends Temporal {
    final Node inner;

    public Eventually(Span span, Node inner) {
      super(span, "<>F", inner);
      this.inner = inner;
    }
  }

  public static final class LeadsTo extends Temporal {
    final Node left;
    final Node right;

    public LeadsTo(Span span, Node left, Node right) {
      super(span, "F ~> G", left, right);
      this.left = left;
      this.right = right;
    }
  }

  /** {@code WF_v(A)} or {@code SF_v(A)}. */
  public static final class Fairness extends Temporal {
    final boolean strong;
    final Node subscript;
    final Node action;

    public Fairness(Span span, boolean strong, Node subscript, Node action) {
      super(span, strong ? "SF_v(A)" : "WF_v(A)", subscript, action);
      this.strong = strong;
      this.subscript = subscript;
      this.action = action;
    }

    /** {@code <<A>>_v}: an A step that changes v. */
    Node angleAction() {
      return new ActionNodes.ActionBox(span, action, subscript, true);
    }
  }

  /** {@code ENABLED A}. */
  public static final class Enabled extends Node {
    final Node action;
    private final String[] variableNames;
    /** One enumerator per node, created on first use; a nested use (ENABLED within A) gets its own. */
    private ActionEnumerator enumerator;
    private boolean busy;

    public Enabled(Span span, Node action, String[] variableNames) {
      super(span);
      this.action = action;
      this.variableNames = variableNames;
      from(action);
      // ENABLED A reads only the current state: the primes of A are bound inside it.
      level = action.level > ACTION ? TEMPORAL : STATE;
    }

    @Override
    public Value eval(Context ctx, Env env) {
      if (ctx.current == null) {
        throw error("ENABLED is used where there is no current state");
      }
      ActionEnumerator e;
      if (busy || enumerator == null) {
        e = new ActionEnumerator(variableNames, ctx.runtime);
        if (!busy) {
          enumerator = e;
        }
      } else {
        e = enumerator;
      }
      boolean wasBusy = busy;
      busy = true;
      try {
        return BoolValue.of(e.enabled(action, env, ctx.current));
      } finally {
        busy = wasBusy;
      }
    }
  }
}

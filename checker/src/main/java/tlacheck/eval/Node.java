package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * A compiled expression: names are already resolved to variable slots, local depths or
 * definitions, so evaluation does no look-ups by string.
 *
 * <p>{@code level} is the expression's TLA+ level as far as evaluation cares: 0 constant,
 * 1 state (reads unprimed variables), 2 action (reads primed variables), 3 temporal.
 */
public abstract class Node {
  public static final int CONSTANT = 0;
  public static final int STATE = 1;
  public static final int ACTION = 2;
  public static final int TEMPORAL = 3;

  public final Span span;
  public int level;
  /**
   * The outermost local binder this expression reads, as a position in the scope it was compiled
   * in ({@code Integer.MAX_VALUE} if none). An expression that reads no enclosing binder and no
   * variable has the same value every time, so the compiler may cache it.
   */
  public int outermostLocal = Integer.MAX_VALUE;
  /**
   * Successor enumeration's cache of whether this guard-level formula could assign a variable
   * through an operator parameter (0 not yet known, 1 no, 2 perhaps): decided once from the
   * tree's shape, so the per-state check runs only where it can matter.
   */
  public byte parameterAssignment;
  /** Successor enumeration's cached classification of this node's form (0 until first seen). */
  public byte enumerationForm;
  /** Whether the initial-state enumeration may just evaluate this formula (0 not yet known, 1 no, 2 yes). */
  public byte initialTest;

  public Node(Span span) {
    this.span = span;
  }

  public abstract Value eval(Context ctx, Env env);

  public boolean evalBool(Context ctx, Env env) {
    Value v = eval(ctx, env);
    if (v instanceof BoolValue b) {
      return b.value();
    }
    throw error("a boolean was expected, but the value is " + Values.describe(v));
  }

  public EvalException error(String message) {
    return new EvalException(span, message);
  }

  /**
   * A Java stack overflow in a call made here, as an evaluation error at this location: almost
   * always a recursive definition without a base case for the arguments it was given.
   */
  EvalException tooDeep() {
    return tooDeep(span);
  }

  static EvalException tooDeep(Span span) {
    return EvalException.stackOverflow(span);
  }

  /** Re-raises a value-level error at this expression's location. */
  public EvalException at(ValueException e) {
    return new EvalException(span, e.getMessage());
  }

  /** Takes level and local-binder use from the children; returns this for chaining. */
  public Node from(Node... children) {
    for (Node child : children) {
      if (child != null) {
        level = Math.max(level, child.level);
        outermostLocal = Math.min(outermostLocal, child.outermostLocal);
      }
    }
    return this;
  }
}

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

  // How initial-state and successor enumeration (tlacheck.eval.enumerate) treat a formula. Its
  // form is fixed by the node's class. Its shape depends on the whole specification (whether a
  // parameter may be bound to a variable depends on every call of the definition, and a call may
  // be compiled before the definition's body), so tlacheck.eval.compile.ShapeAnalysis finds it
  // once, after everything is compiled, and sets it once; the search only reads it.

  /** A form enumeration only evaluates, as a test. */
  public static final byte FORM_OTHER = 0;
  public static final byte FORM_AND = 1;
  public static final byte FORM_OR = 2;
  public static final byte FORM_EQUALS = 3;
  public static final byte FORM_IN = 4;
  public static final byte FORM_QUANTIFIER = 5;
  public static final byte FORM_UNCHANGED = 6;
  public static final byte FORM_IF = 7;
  public static final byte FORM_CASE = 8;
  public static final byte FORM_LET = 9;
  public static final byte FORM_OP_CALL = 10;
  public static final byte FORM_LOCAL_OP_CALL = 11;
  public static final byte FORM_LOCAL_REF = 12;
  public static final byte FORM_CACHED = 13;
  public static final byte FORM_ACTION_BOX = 14;

  /** Set in every shape that is known, so that 0 means "not analysed". */
  private static final byte SHAPE_KNOWN = 1;
  private static final byte SHAPE_MAY_ASSIGN_THROUGH_PARAMETER = 2;
  private static final byte SHAPE_ONLY_TESTS_IN_INIT = 4;
  private static final byte SHAPE_ONLY_TESTS_AFTER_FIRST = 8;

  /** How enumeration tells this formula apart: one of the FORM_ constants, by the node's class. */
  public final byte form;
  /**
   * The SHAPE_ bits, set once by {@link #setShape}, or fixed by the constructor for the forms
   * whose shape their class decides: those enumeration only evaluates (it may just evaluate them
   * in Init too; they assign nothing), and local names and local operator calls (what they
   * denote is known only from the environment, at run time).
   */
  private byte shape;

  public Node(Span span) {
    this(span, FORM_OTHER);
  }

  /** A node of a form enumeration walks into (see {@link #form}). */
  protected Node(Span span, byte form) {
    this.span = span;
    this.form = form;
    if (form == FORM_OTHER) {
      shape = SHAPE_KNOWN | SHAPE_ONLY_TESTS_IN_INIT;
    } else if (form == FORM_LOCAL_REF || form == FORM_LOCAL_OP_CALL) {
      shape = SHAPE_KNOWN;
    }
  }

  /**
   * Whether this formula has the shape of one that assigns a variable through an operator
   * parameter ({@code p = e} or {@code p \in S} with p a name that may be bound to a variable,
   * possibly primed, or a call passing such a name on): most guards do not, and then need no
   * per-state check.
   */
  public boolean mayAssignThroughParameter() {
    return (shape() & SHAPE_MAY_ASSIGN_THROUGH_PARAMETER) != 0;
  }

  /** Whether the initial-state enumeration may just evaluate this formula: it can only test. */
  public boolean onlyTestsInInit() {
    return (shape() & SHAPE_ONLY_TESTS_IN_INIT) != 0;
  }

  /** For a conjunction: whether every conjunct after the first is a test that cannot assign a variable. */
  public boolean onlyTestsAfterFirst() {
    return (shape() & SHAPE_ONLY_TESTS_AFTER_FIRST) != 0;
  }

  /** Whether the shape is known (fixed by the class, or set by the analysis). */
  public boolean shapeKnown() {
    return shape != 0;
  }

  /** Sets the shape found by the analysis; once. */
  public void setShape(boolean mayAssignThroughParameter, boolean onlyTestsInInit, boolean onlyTestsAfterFirst) {
    if (shape != 0) {
      throw new IllegalStateException("the shape of a formula is set once");
    }
    shape = (byte) (SHAPE_KNOWN | (mayAssignThroughParameter ? SHAPE_MAY_ASSIGN_THROUGH_PARAMETER : 0)
        | (onlyTestsInInit ? SHAPE_ONLY_TESTS_IN_INIT : 0) | (onlyTestsAfterFirst ? SHAPE_ONLY_TESTS_AFTER_FIRST : 0));
  }

  private byte shape() {
    byte s = shape;
    if (s == 0) {
      throw notAnalysed(); // (Out of line: this is read on every step of enumeration.)
    }
    return s;
  }

  private IllegalStateException notAnalysed() {
    return new IllegalStateException("internal error: the shape of the formula at " + span
        + " was not analysed (the compiler's finish() was not called after compiling it)");
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

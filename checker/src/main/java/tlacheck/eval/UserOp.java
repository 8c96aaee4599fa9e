package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.syntax.ast.Unit;

/**
 * A user-defined operator (or recursive function) of some module, compiled on first use so that
 * definitions may refer to later ones and to themselves.
 */
public final class UserOp {
  public final String name;
  public final String[] paramNames;
  public final int[] paramArities;
  public final Span span;
  public final String module;
  public final Unit source;
  /** The module whose names the body sees. */
  public ModuleScope scope;
  /**
   * How many leading parameters are the hidden instance parameters of {@link ModuleScope#frameNames}
   * (0 except in parameterised instances); callers pass them implicitly.
   */
  public int frame;
  public Node body;
  public boolean compiling;
  /**
   * The body (or something it calls) uses an operator with effects or a result that is not a
   * function of the state (Print, TLCGet, TLCSet, RandomElement, JavaTime, ...), or could not be
   * analysed: such a definition is never cached per state.
   */
  public boolean impure;
  /** Its values per argument list in the current state, when worth keeping (see {@link ArgsMemo}). */
  public ArgsMemo argsMemo;
  /**
   * Per parameter, what the calls compiled so far pass: {@link Boolean#TRUE} for something that
   * may be a variable (a variable, a primed expression), or the name a call passes on (a
   * {@link CoreNodes.LocalRef}), which may be a variable if its own binder may be. Null until a
   * call is compiled. Decided only when successor enumeration asks, after the whole
   * specification is compiled (see {@link #parameterMayBeVariable}).
   */
  private java.util.List<Object>[] passed;
  /** Per parameter: 0 not decided yet, 1 never a variable, 2 perhaps a variable. */
  private byte[] decided;
  public boolean passedAsOperator;

  /**
   * Whether some call may bind parameter {@code i} to a variable, so that {@code p' = e} or
   * {@code p = e} in the body may assign it.
   */
  boolean parameterMayBeVariable(int i) {
    if (passedAsOperator || passed == null) {
      return true;
    }
    if (decided[i] == 0) {
      decided[i] = 2; // "Perhaps" while deciding, for cycles of calls.
      boolean may = false;
      for (Object source : passed[i]) {
        if (source == Boolean.TRUE || source instanceof CoreNodes.LocalRef ref && ref.mayBeVariable()) {
          may = true;
          break;
        }
      }
      decided[i] = (byte) (may ? 2 : 1);
    }
    return decided[i] == 2;
  }

  /** Notes what a call passes for parameter {@code i}: TRUE, FALSE or a name passed on. */
  @SuppressWarnings("unchecked")
  public void passes(int i, Object source) {
    if (passed == null) {
      passed = new java.util.List[paramNames.length];
      decided = new byte[paramNames.length];
      for (int k = 0; k < passed.length; k++) {
        passed[k] = new java.util.ArrayList<>(1);
      }
    }
    if (source != Boolean.FALSE) {
      passed[i].add(source);
    }
  }

  /** Per parameter, the highest level of what the calls compiled so far pass (ACTION for a name passed on). */
  private int[] passedLevels;

  /** Notes the level of what a call passes for parameter {@code i}. */
  public void passesLevel(int i, int level) {
    if (passedLevels == null) {
      passedLevels = new int[paramNames.length];
    }
    passedLevels[i] = Math.max(passedLevels[i], level);
  }

  /**
   * Whether some call may bind parameter {@code i} to an action (an expression with primes), so
   * that the parameter used as a formula ({@code Op(A) == A \/ B}) must be enumerated, not
   * evaluated, whatever the level of the formula says. Valid once every call is compiled.
   */
  public boolean parameterMayBeAction(int i) {
    return passedAsOperator || passedLevels == null || passedLevels[i] >= Node.ACTION;
  }

  /** Passed as an operator argument: its calls cannot be seen, so every parameter may be a variable. */
  public void passedAsOperator() {
    passedAsOperator = true;
  }
  /** Set by the model configuration: {@code Op <- Other} or {@code Op = value}. */
  public UserOp substitute;
  public tlacheck.value.Value overrideValue;

  public UserOp(String name, String[] paramNames, int[] paramArities, Span span, String module, Unit source) {
    this.name = name;
    this.paramNames = paramNames;
    this.paramArities = paramArities;
    this.span = span;
    this.module = module;
    this.source = source;
  }

  public int arity() {
    return paramNames.length;
  }

  /** The number of arguments a caller writes: the parameters after the hidden frame. */
  public int ownArity() {
    return paramNames.length - frame;
  }
}

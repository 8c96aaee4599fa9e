package tlacheck.eval;

import tlacheck.source.Span;
import tlacheck.syntax.ast.Unit;

/**
 * A user-defined operator (or recursive function) of some module, compiled on first use so that
 * definitions may refer to later ones and to themselves.
 */
final class UserOp {
  final String name;
  final String[] paramNames;
  final int[] paramArities;
  final Span span;
  final String module;
  final Unit source;
  /** The module whose names the body sees. */
  ModuleScope scope;
  /**
   * How many leading parameters are the hidden instance parameters of {@link ModuleScope#frameNames}
   * (0 except in parameterised instances); callers pass them implicitly.
   */
  int frame;
  Node body;
  boolean compiling;
  /**
   * The body (or something it calls) uses an operator with effects or a result that is not a
   * function of the state (Print, TLCGet, TLCSet, RandomElement, JavaTime, ...), or could not be
   * analysed: such a definition is never cached per state.
   */
  boolean impure;
  /** Set by the model configuration: {@code Op <- Other} or {@code Op = value}. */
  UserOp substitute;
  tlacheck.value.Value overrideValue;

  UserOp(String name, String[] paramNames, int[] paramArities, Span span, String module, Unit source) {
    this.name = name;
    this.paramNames = paramNames;
    this.paramArities = paramArities;
    this.span = span;
    this.module = module;
    this.source = source;
  }

  int arity() {
    return paramNames.length;
  }

  /** The number of arguments a caller writes: the parameters after the hidden frame. */
  int ownArity() {
    return paramNames.length - frame;
  }
}

package tlacheck.eval.semantic;

import tlacheck.syntax.ast.Unit;

/**
 * The local names of an expression being level-checked: bound variables and parameters (with the
 * level their argument has), operator parameters, and LET definitions. An immutable list, newest
 * binding first; {@code null} is the empty environment.
 */
record LevelEnv(String name, Binding binding, LevelEnv next) {
  sealed interface Binding permits Bound, OperatorParam, LocalDef {}

  /**
   * A bound variable (level 0) or a parameter standing for an argument of {@code level}. Compared
   * by identity: the Leibniz analysis follows one parameter's binding through the body.
   */
  static final class Bound implements Binding {
    final int level;

    Bound(int level) {
      this.level = level;
    }
  }

  /** A parameter that is an operator ({@code F(_)}); what it is applied to is not known here. */
  record OperatorParam(int arity) implements Binding {}

  /** A LET definition, with the names its body sees (set once the whole LET is bound). */
  static final class LocalDef implements Binding {
    final Unit unit;
    LevelEnv closure;

    LocalDef(Unit unit) {
      this.unit = unit;
    }
  }

  static LevelEnv bind(LevelEnv env, String name, Binding binding) {
    return new LevelEnv(name, binding, env);
  }

  static Binding lookup(LevelEnv env, String name) {
    for (LevelEnv e = env; e != null; e = e.next) {
      if (e.name.equals(name)) {
        return e.binding;
      }
    }
    return null;
  }
}

package tlacheck.eval.semantic;

/**
 * Levels of TLA+ expressions as SANY computes them (Specifying Systems 17.2): 0 constant, 1 state
 * function, 2 action, 3 temporal formula, packed in an int with a flag for a level that is only
 * a guess (a recursive call, an operator parameter applied, a name the checker cannot resolve).
 * A guess never raises an error: the checker refuses only what SANY certainly refuses.
 */
final class Level {
  static final int CONSTANT = 0;
  static final int STATE = 1;
  static final int ACTION = 2;
  static final int TEMPORAL = 3;
  private static final int GUESS = 8;

  static int of(int level) {
    return level;
  }

  static int guess(int level) {
    return (level & 3) | GUESS;
  }

  static int value(int level) {
    return level & 3;
  }

  static boolean sure(int level) {
    return (level & GUESS) == 0;
  }

  /** True when the level is known to be exactly {@code level}. */
  static boolean is(int packed, int level) {
    return sure(packed) && value(packed) == level;
  }

  /** The higher of two levels; a guess if either is. */
  static int max(int a, int b) {
    return Math.max(value(a), value(b)) | ((a | b) & GUESS);
  }

  /** A level that is {@code level} (the operator's own) unless an operand is a guess. */
  static int fixed(int level, int operands) {
    return level | (operands & GUESS);
  }

  static String describe(int level) {
    return switch (value(level)) {
      case CONSTANT -> "constant (level 0)";
      case STATE -> "a state function (level 1)";
      case ACTION -> "an action (level 2)";
      default -> "a temporal formula (level 3)";
    };
  }

  private Level() {}
}

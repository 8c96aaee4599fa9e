package tlacheck.eval.stdlib;

import tlacheck.eval.CoreNodes;
import tlacheck.eval.Node;

/**
 * TLC's standard module RealTime (Specifying Systems, chapter 9). It extends Reals and declares
 * the variable {@code now}, which a spec that extends it uses as any variable of its own (see
 * {@link StandardModules#variables}); its operators {@code RTBound} (stated with the temporal
 * existential quantifier) and {@code RTnow} (over Real) are beyond TLC, as the module says:
 * evaluating them is refused by name.
 */
final class RealTime {
  /** The variable the module declares. */
  static final String NOW = "now";

  private RealTime() {}

  static void define(OperatorTable realTime) {
    realTime.extend("Reals");
    refuse(realTime, "RTBound", 4, "a real-time bound, stated with the temporal existential quantifier \\EE");
    refuse(realTime, "RTnow", 1, "real time advancing over Real");
  }

  private static void refuse(OperatorTable realTime, String name, int arity, String what) {
    int[] arities = new int[arity];
    // An error when evaluated, not when compiled: a spec may define a formula with it and not check it.
    realTime.node(name, arities, (s, a, o) -> new CoreNodes.Unsupported(s, "RealTime!" + name + " (" + what
        + ") is not supported (TLC cannot check it either)", Node.TEMPORAL, null), Node.TEMPORAL);
  }
}

package tlacheck.eval.enumerate;

import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.eval.Thunk;
import tlacheck.value.Value;

/**
 * Which variable a formula assigns, including through an operator parameter, as TLC allows:
 * {@code q' = e} where q is bound to the argument {@code msgQ}, or {@code r = e} where r is bound
 * to {@code msgQ'}. What a parameter is bound to is known only from the environment, so these
 * are decided per state; the shape analysis ({@link Node#mayAssignThroughParameter}) tells
 * which formulas need asking at all.
 *
 * <p>In Init ({@code initMode}) the unprimed variables are the ones assigned.
 */
final class ParameterAssignment {
  private ParameterAssignment() {}

  /** The variable slot that {@code node} may assign: {@code x'} in a next-state relation, {@code x} in Init; else -1. */
  static int assignable(Node node, Env env, boolean initMode) {
    if (initMode) {
      return node instanceof CoreNodes.VarRef v ? v.slot : parameterSlot(node, env, false, initMode);
    }
    return node instanceof CoreNodes.PrimedVarRef p ? p.slot : parameterSlot(node, env, false, initMode);
  }

  /**
   * Whether a formula whose own level says "guard" still assigns a variable through an operator
   * parameter bound to it (its level cannot show that: it depends on the argument).
   */
  static boolean assigns(Node node, Env env, boolean initMode) {
    if (node instanceof CoreNodes.Equals eq) {
      return !eq.negated && !(eq.left instanceof CoreNodes.Const) && parameterSlot(eq.left, env, false, initMode) >= 0;
    }
    if (node instanceof CoreNodes.In in) {
      return !in.negated && parameterSlot(in.element, env, false, initMode) >= 0;
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (assigns(item, env, initMode)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CoreNodes.Or or) {
      for (Node item : or.items) {
        if (assigns(item, env, initMode)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CallNodes.OpCall call) {
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.ForwardArg forward && !(Env.lookup(env, forward.depth) instanceof Value)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The slot assigned through an operator parameter. Follows lazily bound arguments (and primes
   * on them) down to a variable; -1 otherwise.
   */
  private static int parameterSlot(Node node, Env env, boolean primed, boolean initMode) {
    while (true) {
      if (node instanceof CoreNodes.Prime p && p.inner instanceof CoreNodes.LocalRef && !primed && !initMode) {
        primed = true;
        node = p.inner;
      } else if (node instanceof CoreNodes.LocalRef ref) {
        Object entry = Env.lookup(env, ref.depth);
        if (entry instanceof Thunk t) {
          node = t.node();
          env = t.env();
        } else if (entry instanceof Node variable) {
          node = variable;
        } else {
          return -1;
        }
      } else if (node instanceof CoreNodes.VarRef v) {
        return primed != initMode ? v.slot : -1;
      } else if (node instanceof CoreNodes.PrimedVarRef p) {
        return !primed && !initMode ? p.slot : -1;
      } else {
        return -1;
      }
    }
  }
}

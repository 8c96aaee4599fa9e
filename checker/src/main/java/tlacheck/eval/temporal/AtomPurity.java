package tlacheck.eval.temporal;

import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.Node;

/**
 * Whether the expression of a temporal atom is pure: no Print, TLCGet, TLCSet, RandomElement,
 * JavaTime or the like, whose evaluation has effects or is not a function of the state (see
 * {@link Compiler#impure}). Definitions carry the compiler's verdict; the expression's own
 * nodes are checked here. Only the forms that fairness conditions and their subscripts are
 * made of are recognised; anything else counts as impure, which only costs speed.
 */
final class AtomPurity {
  private AtomPurity() {}

  static boolean pure(Node n) {
    if (n instanceof CoreNodes.VarRef || n instanceof CoreNodes.PrimedVarRef || n instanceof CoreNodes.LocalRef
        || n instanceof CoreNodes.Const || n instanceof CoreNodes.Cached) {
      return true; // A cached expression is constant-level: computed once, before the search.
    }
    if (n instanceof ActionNodes.ActionBox box) {
      return pure(box.action) && pure(box.subscript);
    }
    if (n instanceof CallNodes.OpCall call) {
      return call.op.body != null && !call.op.impure && pure(call.args);
    }
    if (n instanceof CoreNodes.And and) {
      return pure(and.items);
    }
    if (n instanceof CoreNodes.Or or) {
      return pure(or.items);
    }
    if (n instanceof BinderNodes.Quantifier q) {
      for (BinderNodes.Bound b : q.bounds) {
        if (!pure(b.set())) {
          return false;
        }
      }
      return pure(q.body);
    }
    if (n instanceof CoreNodes.Not not) {
      return pure(not.operand);
    }
    if (n instanceof CoreNodes.Equals eq) {
      return pure(eq.left) && pure(eq.right);
    }
    if (n instanceof CoreNodes.In in) {
      return pure(in.element) && pure(in.set);
    }
    if (n instanceof DataNodes.FcnApp app) {
      return pure(app.function) && pure(app.args);
    }
    if (n instanceof DataNodes.Tuple tuple) {
      return pure(tuple.elements);
    }
    return false;
  }

  private static boolean pure(Node[] nodes) {
    for (Node n : nodes) {
      if (!pure(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean pure(CallNodes.Arg[] args) {
    for (CallNodes.Arg arg : args) {
      if (arg instanceof CallNodes.OperatorArg op) {
        // A definition passed on carries the compiler's verdict; anything else is not analysed.
        if (op.global == null || op.global.impure) {
          return false;
        }
      } else if (!pure(arg.node)) {
        return false;
      }
    }
    return true;
  }
}

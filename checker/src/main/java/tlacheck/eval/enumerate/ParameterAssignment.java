package tlacheck.eval.enumerate;

import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.Env;
import tlacheck.eval.InstanceNodes;
import tlacheck.eval.Node;
import tlacheck.eval.Thunk;
import tlacheck.value.Value;

/**
 * Which variable a formula assigns when its left side is not written as {@code x'} itself, as
 * TLC decides it: the left side of {@code = e} or {@code \in S} is followed through every name
 * that stands for an expression without arguments (an operator parameter bound to its argument,
 * a definition or LET definition without parameters, an INSTANCE substitution), and through a
 * prime; if that reaches {@code x'} (in Init: {@code x}), it assigns x. So {@code q' = e} assigns
 * {@code msgQ'} for q bound to msgQ, {@code r = e} for r bound to {@code msgQ'}, {@code a = e}
 * for {@code a == x'}, and {@code b' = e} for {@code b == x}. A definition with parameters is not
 * followed ({@code P(1) = e} with {@code P(i) == x'} only tests). What a parameter is bound to is
 * known only from the environment, so these are decided per state; the shape analysis ({@link
 * Node#mayAssignThroughParameter}) tells which guard-level formulas need asking at all.
 */
final class ParameterAssignment {
  /** How many names are followed at most: a definition that is its own body never ends. */
  private static final int MAX_STEPS = 64;

  private ParameterAssignment() {}

  /** The variable slot that {@code node} may assign: {@code x'} in a next-state relation, {@code x} in Init; else -1. */
  static int assignable(Node node, Env env, boolean initMode) {
    if (initMode) {
      return node instanceof CoreNodes.VarRef v ? v.slot : slotNamed(node, env, initMode);
    }
    return node instanceof CoreNodes.PrimedVarRef p ? p.slot : slotNamed(node, env, initMode);
  }

  /**
   * Whether a formula whose own level says "guard" still assigns a variable through an operator
   * parameter bound to it (its level cannot show that: it depends on the argument).
   */
  static boolean assigns(Node node, Env env, boolean initMode) {
    if (node instanceof CoreNodes.LocalRef ref) {
      // A name bound to an action (an argument, a LET definition) is enumerated as that action.
      return Env.lookup(env, ref.depth) instanceof Thunk t
          && (t.node().level >= Node.ACTION || assigns(t.node(), t.env(), initMode));
    }
    if (node instanceof CallNodes.LocalOpCall call) {
      return call.closure(env).body != null && call.closure(env).body.level >= Node.ACTION;
    }
    if (node instanceof CoreNodes.If i) {
      return assigns(i.then, env, initMode) || assigns(i.otherwise, env, initMode);
    }
    if (node instanceof CoreNodes.Equals eq) {
      return !eq.negated && !(eq.left instanceof CoreNodes.Const) && slotNamed(eq.left, env, initMode) >= 0;
    }
    if (node instanceof CoreNodes.In in) {
      return !in.negated && slotNamed(in.element, env, initMode) >= 0;
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

  /** One part of {@code UNCHANGED e}: a variable (slot {@code >= 0}), or an expression to test ({@code e' = e}). */
  record UnchangedPart(int slot, Node expression, Env env) {}

  /**
   * {@code UNCHANGED e} split as TLC does: e is followed through names bound to expressions (see
   * {@link #slotNamed}); a tuple is split into its components, each in turn; a variable is
   * assigned (or tested, if assigned already); anything else is tested. So {@code UNCHANGED
   * <<x, y + 0>>} assigns x' and then tests {@code (y + 0)' = y + 0}, and {@code UNCHANGED s}
   * assigns x' for s bound to x.
   */
  static java.util.List<UnchangedPart> unchangedParts(Node e, Env env) {
    java.util.List<UnchangedPart> parts = new java.util.ArrayList<>();
    addUnchangedParts(e, env, parts, 0);
    return parts;
  }

  private static void addUnchangedParts(Node e, Env env, java.util.List<UnchangedPart> parts, int depth) {
    Node node = e;
    Env at = env;
    for (int step = 0; step < MAX_STEPS && depth < MAX_STEPS; step++) {
      if (node instanceof CoreNodes.VarRef v) {
        parts.add(new UnchangedPart(v.slot, null, null));
        return;
      } else if (node instanceof DataNodes.Tuple t) {
        for (Node element : t.elements) {
          addUnchangedParts(element, at, parts, depth + 1);
        }
        return;
      } else if (node instanceof CoreNodes.LocalRef ref && Env.lookup(at, ref.depth) instanceof Thunk t) {
        node = t.node();
        at = t.env();
      } else if (node instanceof CoreNodes.LocalRef ref && Env.lookup(at, ref.depth) instanceof Node variable) {
        node = variable;
      } else if (node instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body != null) {
        node = call.op.body;
        at = null;
      } else if (node instanceof InstanceNodes.KeptPerState kept) {
        node = kept.inner;
      } else if (node instanceof InstanceNodes.Rebase rebase) {
        node = rebase.inner;
        at = InstanceNodes.drop(at, rebase.drop);
      } else {
        break;
      }
    }
    parts.add(new UnchangedPart(-1, e, env));
  }

  /**
   * The slot of the variable an expression names: followed through names bound to expressions
   * and through one prime, down to a variable; -1 if it names none, or names it unprimed outside
   * Init.
   */
  static int slotNamed(Node node, Env env, boolean initMode) {
    boolean primed = false;
    for (int step = 0; step < MAX_STEPS; step++) {
      if (node instanceof CoreNodes.Prime p) {
        if (primed || initMode) {
          return -1;
        }
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
      } else if (node instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body != null) {
        node = call.op.body;
        env = null;
      } else if (node instanceof InstanceNodes.KeptPerState kept) {
        node = kept.inner;
      } else if (node instanceof InstanceNodes.Rebase rebase) {
        node = rebase.inner;
        env = InstanceNodes.drop(env, rebase.drop);
      } else if (node instanceof CoreNodes.VarRef v) {
        return primed != initMode ? v.slot : -1;
      } else if (node instanceof CoreNodes.PrimedVarRef p) {
        return !primed && !initMode ? p.slot : -1;
      } else {
        return -1;
      }
    }
    return -1;
  }
}

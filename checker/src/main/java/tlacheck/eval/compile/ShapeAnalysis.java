package tlacheck.eval.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.Node;
import tlacheck.eval.UserOp;

/**
 * Classifies the formulas that initial-state and successor enumeration ({@code
 * tlacheck.eval.enumerate}) walk, and records the result in each node, so that the search only
 * reads it:
 *
 * <ul>
 *   <li>whether a formula has the shape of one that assigns a variable through an operator
 *       parameter (then a guard-level formula needs a per-state check; see {@link
 *       Node#mayAssignThroughParameter});
 *   <li>whether enumerating it in the initial predicate can only test, so that it may simply be
 *       evaluated ({@link Node#onlyTestsInInit});
 *   <li>for a conjunction, whether every conjunct after the first only tests ({@link
 *       Node#onlyTestsAfterFirst}: the action a step is labelled with is then still chosen by the
 *       first);
 *   <li>for {@code UNCHANGED v} and {@code [A]_v}, the variable slots of v.
 * </ul>
 *
 * <p>It runs once, when the compiler is told the whole specification is compiled ({@link
 * Compiler#finish}), over every node the compiler made: a name may be bound to a variable only
 * if some call passes one ({@code UserOp#parameterMayBeVariable}), which is known only once
 * every call is compiled, and a call may be compiled before its definition's body (recursion).
 *
 * <p>Recursive definitions make the formulas a graph with cycles. Each property is decided depth
 * first, with a provisional answer for the formulas still being decided, chosen so that the
 * answer does not depend on which formula is asked first: "may assign through a parameter" holds
 * if some part may, and a formula on a cycle is taken to ("perhaps"); "only tests" needs every
 * part to, and a formula on a cycle is taken not to. (These are the answers the enumerator gave
 * when it decided them lazily during the search, whatever it met first.)
 */
final class ShapeAnalysis {
  /** The nodes made since the last run whose shape their class does not fix. */
  private final List<Node> noted = new ArrayList<>();
  /** Decided (and, while deciding, provisional) answers. */
  private final IdentityHashMap<Node, Boolean> mayAssign = new IdentityHashMap<>();
  private final IdentityHashMap<Node, Boolean> onlyTests = new IdentityHashMap<>();

  /** Notes a node the compiler made, to be analysed by {@link #run}. */
  void note(Node node) {
    if (!node.shapeKnown()) {
      noted.add(node);
    }
  }

  /** Decides and sets the shape of every node noted. */
  void run() {
    for (Node node : noted) {
      if (node.shapeKnown()) {
        continue; // Noted twice.
      }
      node.setShape(mayAssignThroughParameter(node), onlyTestsInInit(node),
          node instanceof CoreNodes.And and && onlyTestsAfterFirst(and));
      if (node instanceof ActionNodes.Unchanged u) {
        u.slots = variableSlots(u.inner);
      } else if (node instanceof ActionNodes.ActionBox box && !box.angle) {
        box.subscriptSlots = variableSlots(box.subscript);
      }
    }
    noted.clear();
    mayAssign.clear();
    onlyTests.clear();
  }

  // ---------------------------------------------------------------- may assign through a parameter

  private boolean mayAssignThroughParameter(Node node) {
    Boolean known = mayAssign.get(node);
    if (known != null) {
      return known;
    }
    mayAssign.put(node, true); // "Perhaps" while deciding, for recursive operators.
    boolean may = shapeAssignsThroughParameter(node);
    mayAssign.put(node, may);
    return may;
  }

  private boolean shapeAssignsThroughParameter(Node node) {
    if (node instanceof CoreNodes.Equals eq) {
      return !eq.negated && isLocalName(eq.left);
    }
    if (node instanceof CoreNodes.In in) {
      return !in.negated && isLocalName(in.element);
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (mayAssignThroughParameter(item)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CoreNodes.Or or) {
      for (Node item : or.items) {
        if (mayAssignThroughParameter(item)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CallNodes.OpCall call) {
      // Only if a name is passed on that may be bound to a variable, and the operator's body
      // has the shape of an assignment through one of its own names.
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.ForwardArg forward && ((CoreNodes.LocalRef) forward.node).mayBeVariable()) {
          Node body = call.op.body;
          boolean knownShape = body instanceof CoreNodes.Equals || body instanceof CoreNodes.In
              || body instanceof CoreNodes.And || body instanceof CoreNodes.Or || body instanceof CallNodes.OpCall;
          return !knownShape || mayAssignThroughParameter(body);
        }
      }
    }
    return false;
  }

  private static boolean isLocalName(Node node) {
    Node name = node instanceof CoreNodes.Prime p ? p.inner : node;
    return name instanceof CoreNodes.LocalRef ref && ref.mayBeVariable();
  }

  // ---------------------------------------------------------------- only tests in Init

  /**
   * Whether enumerating this formula in the initial predicate can only test, never assign or
   * branch: it is then simply evaluated, with the same result, order and errors as the walk
   * through its conjunctions. No disjunction or \E (each true branch is a separate enumeration,
   * and TLC counts the states of each), no {@code x = e} or {@code x \in S} that may assign, and
   * only parts the walk would treat as tests at the leaves. State invariants used as initial
   * predicates (Init == TypeOK /\ Inv) are mostly such tests: \A over implications.
   */
  private boolean onlyTestsInInit(Node node) {
    Boolean known = onlyTests.get(node);
    if (known != null) {
      return known;
    }
    onlyTests.put(node, false); // "No" while deciding, for recursive operators.
    boolean only = testsOnlyInInit(node);
    onlyTests.put(node, only);
    return only;
  }

  private boolean testsOnlyInInit(Node node) {
    // Not even a constant-level formula is a test by its level alone: s = e is constant-level
    // when s is a parameter, and assigns a variable when s is bound to one.
    if (node instanceof CoreNodes.Equals eq) {
      return eq.negated || !mayNameVariable(eq.left);
    }
    if (node instanceof CoreNodes.In in) {
      return in.negated || !mayNameVariable(in.element);
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (!onlyTestsInInit(item)) {
          return false;
        }
      }
      return true;
    }
    if (node instanceof BinderNodes.Quantifier q) {
      return q.universal && onlyTestsInInit(q.body);
    }
    if (node instanceof CoreNodes.If i) {
      return onlyTestsInInit(i.then) && onlyTestsInInit(i.otherwise);
    }
    if (node instanceof CoreNodes.Case c) {
      for (Node result : c.results) {
        if (!onlyTestsInInit(result)) {
          return false;
        }
      }
      return c.other == null || onlyTestsInInit(c.other);
    }
    if (node instanceof BinderNodes.Let let) {
      return onlyTestsInInit(let.body);
    }
    if (node instanceof CallNodes.OpCall call) {
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.VariableArg) {
          return false; // The body may assign the variable through its parameter.
        }
      }
      // (A definition without a body cannot be entered: the walk fails on it either way.)
      return call.op.body != null && onlyTestsInInit(call.op.body);
    }
    if (node instanceof CoreNodes.Cached cached) {
      return onlyTestsInInit(cached.inner);
    }
    // Forms the walk enters but whose content is not known here (a lazily bound argument, a
    // local operator), or that assign (UNCHANGED, [A]_v): not simply tests.
    return !(node instanceof CoreNodes.Or || node instanceof CoreNodes.LocalRef || node instanceof CallNodes.LocalOpCall
        || node instanceof ActionNodes.Unchanged || node instanceof ActionNodes.ActionBox);
  }

  /** Whether an expression may denote a variable that {@code = e} or {@code \in S} would assign in Init. */
  private static boolean mayNameVariable(Node node) {
    return node instanceof CoreNodes.VarRef
        || node instanceof CoreNodes.LocalRef ref && ref.mayBeVariable()
        || node instanceof CoreNodes.Cached c && mayNameVariable(c.inner);
  }

  // ---------------------------------------------------------------- the rest

  /** Whether every conjunct after the first is a test that cannot assign a variable. */
  private static boolean onlyTestsAfterFirst(CoreNodes.And and) {
    for (int i = 1; i < and.items.length; i++) {
      Node item = and.items[i];
      if (item.level >= Node.ACTION && !(item instanceof CoreNodes.Not)) {
        return false;
      }
    }
    return true;
  }

  /** The definitions {@link #variableSlots} is inside. */
  private final java.util.Set<UserOp> expanding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** The variables of a subscript made only of variables and tuples of them, or null. */
  private int[] variableSlots(Node node) {
    if (node instanceof CoreNodes.VarRef v) {
      return new int[] {v.slot};
    }
    if (node instanceof DataNodes.Tuple t) {
      int[][] parts = new int[t.elements.length][];
      int total = 0;
      for (int i = 0; i < parts.length; i++) {
        parts[i] = variableSlots(t.elements[i]);
        if (parts[i] == null) {
          return null;
        }
        total += parts[i].length;
      }
      int[] all = new int[total];
      int k = 0;
      for (int[] part : parts) {
        System.arraycopy(part, 0, all, k, part.length);
        k += part.length;
      }
      return all;
    }
    if (node instanceof CallNodes.OpCall call && call.args.length == 0) {
      if (!expanding.add(call.op)) {
        return null; // A definition that is its own body (RECURSIVE v == v): evaluating it fails.
      }
      try {
        return variableSlots(call.op.body);
      } finally {
        expanding.remove(call.op);
      }
    }
    if (node instanceof CoreNodes.Cached c) {
      return variableSlots(c.inner);
    }
    return null;
  }
}

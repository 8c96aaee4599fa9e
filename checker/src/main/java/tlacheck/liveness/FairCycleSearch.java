package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Searches the product of the state graph and a {@link Tableau} for a fair accepting cycle: a
 * behaviour that satisfies the tableau's formula (the negation of a property) and the
 * specification's fairness.
 *
 * <p>Design: a product node is a pair (state s, automaton state q) that agrees with q's state
 * literals; it has an edge to (t, q') when s -> t is a step of the graph or the stuttering step
 * s -> s (every state may stutter), q' follows q, and the step satisfies q's action literals.
 * Product nodes are numbered {@code s * Q + q}. Strongly connected components are found with an
 * iterative Tarjan search from the initial product nodes, and each completed component is
 * checked: it must contain a cycle (more than one node, or a self-loop), meet every acceptance
 * set of the tableau, and be fair. Weak fairness of A holds on a cycle that has a state where
 * {@code <<A>>_v} is disabled or an {@code <<A>>_v} step; strong fairness on one that has an
 * {@code <<A>>_v} step or no state where it is enabled. A component that fails strong fairness
 * only because it has enabled states but no step may still contain a fair cycle among its
 * other states: those states are removed and the rest split into components again, recursively
 * (the standard Streett emptiness check). A component that fails anything else cannot contain
 * an accepting fair cycle at all, since sub-cycles visit less.
 *
 * <p>The first bad component in completion order is reported, as TLC does. The counterexample
 * is a lasso: a shortest path (breadth-first in the product) from an initial node to the
 * nearest node of the component, then a short cycle through it that meets every obligation,
 * built greedily by breadth-first searches inside the component ({@link ProductComponent} checks
 * a component, {@link LassoBuilder} builds the lasso).
 */
final class FairCycleSearch {
  /**
   * The lasso found, as graph states: {@code states[loopStart]} is where the cycle starts, and
   * the last state steps back to it (a state may repeat where only the tableau moved).
   */
  record Lasso(int[] states, int loopStart) {}

  final StateGraph g;
  final Tableau t;
  final int q;
  private final int[][] stateLits;
  private final int[][] actionLits;
  final int[] fairEnabled;
  final int[] fairStep;
  final boolean[] fairStrong;

  /**
   * @param fairEnabled per fairness condition, the state atom {@code ENABLED <<A>>_v}
   * @param fairStep per fairness condition, the action atom {@code <<A>>_v}
   */
  FairCycleSearch(StateGraph g, Tableau t, int[] fairEnabled, int[] fairStep, boolean[] fairStrong) {
    this.g = g;
    this.t = t;
    this.q = t.size();
    this.fairEnabled = fairEnabled;
    this.fairStep = fairStep;
    this.fairStrong = fairStrong;
    this.stateLits = new int[q][];
    this.actionLits = new int[q][];
    for (int k = 0; k < q; k++) {
      IntArrayList states = new IntArrayList();
      IntArrayList actions = new IntArrayList();
      for (Ltl.Lit lit : t.labels.get(k)) {
        if (lit.isAction()) {
          actions.add(lit.actionIndex() * 2 + (lit.positive() ? 1 : 0));
        } else {
          states.add(lit.atom() * 2 + (lit.positive() ? 1 : 0));
        }
      }
      stateLits[k] = states.toIntArray();
      actionLits[k] = actions.toIntArray();
    }
  }

  // ---------------------------------------------------------------- the product graph

  private boolean valid(int s, int k) {
    for (int lit : stateLits[k]) {
      if (g.stateBit(s, lit >>> 1) != ((lit & 1) != 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the step (graph edge {@code edge}, or the stuttering step of s when -1) satisfies q's action literals. */
  private boolean stepAllowed(int k, int edge, int s) {
    for (int lit : actionLits[k]) {
      if (g.actionBit(edge, s, lit >>> 1) != ((lit & 1) != 0)) {
        return false;
      }
    }
    return true;
  }

  int candidates(int node) {
    int s = node / q;
    return (g.degree(s) + 1) * t.successors.get(node % q).length;
  }

  /** The i-th candidate successor: graph step i / |succ(q)| (the last is stuttering), automaton successor i % |succ(q)|. */
  int candidate(int node, int i) {
    int s = node / q;
    int k = node % q;
    int[] next = t.successors.get(k);
    int j = i / next.length;
    int edge = j < g.degree(s) ? g.offsets[s] + j : -1;
    if (!stepAllowed(k, edge, s)) {
      return -1;
    }
    int target = edge >= 0 ? g.targets[edge] : s;
    int k2 = next[i % next.length];
    return valid(target, k2) ? target * q + k2 : -1;
  }

  /** The graph edge a product candidate uses (-1 for stuttering). */
  int edgeOf(int node, int i) {
    int s = node / q;
    int j = i / t.successors.get(node % q).length;
    return j < g.degree(s) ? g.offsets[s] + j : -1;
  }

  /**
   * Whether a component of one node is bad: it must have a self-loop (only a stuttering step can
   * lead back to the same state), be accepting, and be fair when it stutters forever.
   */
  private boolean singleNodeBad(int node) {
    int s = node / q;
    int k = node % q;
    boolean selfLoop = false;
    for (int next : t.successors.get(k)) {
      selfLoop |= next == k;
    }
    if (!selfLoop || !stepAllowed(k, -1, s)) {
      return false;
    }
    for (boolean[] set : t.accepting) {
      if (!set[k]) {
        return false;
      }
    }
    for (int i = 0; i < fairStep.length; i++) {
      if (g.stateBit(s, fairEnabled[i]) && !g.actionBit(-1, s, fairStep[i])) {
        return false; // enabled forever (so also infinitely often) but never taken
      }
    }
    return true;
  }

  /**
   * Whether some member of a component is in each acceptance set of the tableau: the first test
   * of {@link ProductComponent#badCycle} (a component of several nodes has a cycle), which needs
   * no edges. Most components of a property that holds fail here.
   */
  private boolean meetsEveryAcceptanceSet(int[] members) {
    for (boolean[] set : t.accepting) {
      boolean met = false;
      for (int k = 0; k < members.length && !met; k++) {
        met = set[members[k] % q];
      }
      if (!met) {
        return false;
      }
    }
    return true;
  }

  IntArrayList initialNodes() {
    IntArrayList roots = new IntArrayList();
    for (int s = 0; s < g.initialCount; s++) {
      for (int k = 0; k < q; k++) {
        if (t.initial.get(k) && valid(s, k)) {
          roots.add(s * q + k);
        }
      }
    }
    return roots;
  }

  // ---------------------------------------------------------------- the search

  /** The first fair accepting lasso, or null when every fair behaviour satisfies the property. */
  Lasso search() {
    if ((long) g.nodeCount * q >= Integer.MAX_VALUE) {
      throw new IllegalStateException("the state graph is too large for liveness checking ("
          + g.nodeCount + " states times " + q + " tableau states)");
    }
    Tarjan product = new Tarjan(g.nodeCount * q) {
      @Override
      int candidates(int node) {
        return FairCycleSearch.this.candidates(node);
      }

      @Override
      int candidate(int node, int i) {
        return FairCycleSearch.this.candidate(node, i);
      }
    };
    int[][] found = new int[1][];
    IntArrayList roots = initialNodes();
    for (int r = 0; r < roots.size() && found[0] == null; r++) {
      product.explore(roots.getInt(r), members -> {
        if (members.length == 1 ? !singleNodeBad(members[0]) : !meetsEveryAcceptanceSet(members)) {
          // The common cases, decided without materialising the component's edges.
          return false;
        }
        ProductComponent c = new ProductComponent(this, members);
        found[0] = c.badCycle(c.all(), members.length);
        if (found[0] != null) {
          found[0] = new LassoBuilder(this, c).lasso(found[0]);
          return true;
        }
        return false;
      });
    }
    if (found[0] == null) {
      return null;
    }
    int[] path = found[0];
    int[] states = new int[path.length - 1];
    for (int k = 0; k < states.length; k++) {
      states[k] = path[k] / q;
    }
    return new Lasso(states, path[path.length - 1]);
  }
}

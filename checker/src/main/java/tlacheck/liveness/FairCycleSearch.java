package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * built greedily by breadth-first searches inside the component.
 */
final class FairCycleSearch {
  /**
   * The lasso found, as graph states: {@code states[loopStart]} is where the cycle starts, and
   * the last state steps back to it (a state may repeat where only the tableau moved).
   */
  record Lasso(int[] states, int loopStart) {}

  private final StateGraph g;
  private final Tableau t;
  private final int q;
  private final int[][] stateLits;
  private final int[][] actionLits;
  private final int[] fairEnabled;
  private final int[] fairStep;
  private final boolean[] fairStrong;

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

  private int candidates(int node) {
    int s = node / q;
    return (g.degree(s) + 1) * t.successors.get(node % q).length;
  }

  /** The i-th candidate successor: graph step i / |succ(q)| (the last is stuttering), automaton successor i % |succ(q)|. */
  private int candidate(int node, int i) {
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
  private int edgeOf(int node, int i) {
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

  private IntArrayList initialNodes() {
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
        if (members.length == 1 && !singleNodeBad(members[0])) {
          return false; // The common case, checked without building the component.
        }
        Component c = new Component(members);
        found[0] = c.badCycle(c.all(), members.length);
        if (found[0] != null) {
          found[0] = c.lasso(found[0]);
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

  /**
   * A strongly connected component of the product, with its internal edges materialised (local
   * node numbers, CSR) so that it can be refined and searched repeatedly.
   */
  private final class Component {
    final int[] nodes;
    final int[] offsets;
    final int[] targets;
    final int[] edges;
    final int[] mark;
    int stamp;

    Component(int[] members) {
      this.nodes = members;
      Int2IntOpenHashMap local = new Int2IntOpenHashMap(members.length);
      local.defaultReturnValue(-1);
      for (int i = 0; i < members.length; i++) {
        local.put(members[i], i);
      }
      offsets = new int[members.length + 1];
      IntArrayList targetList = new IntArrayList();
      IntArrayList edgeList = new IntArrayList();
      for (int i = 0; i < members.length; i++) {
        offsets[i] = targetList.size();
        int n = candidates(members[i]);
        for (int c = 0; c < n; c++) {
          int w = candidate(members[i], c);
          int l = w < 0 ? -1 : local.get(w);
          if (l >= 0) {
            targetList.add(l);
            edgeList.add(edgeOf(members[i], c));
          }
        }
      }
      offsets[members.length] = targetList.size();
      targets = targetList.toIntArray();
      edges = edgeList.toIntArray();
      mark = new int[members.length];
    }

    int state(int local) {
      return nodes[local] / q;
    }

    int automaton(int local) {
      return nodes[local] % q;
    }

    boolean[] all() {
      boolean[] in = new boolean[nodes.length];
      Arrays.fill(in, true);
      return in;
    }

    /** Whether an edge (local index) is the {@code <<A>>_v} step of fairness condition i. */
    boolean fairStep(int localEdge, int source, int i) {
      return g.actionBit(edges[localEdge], state(source), fairStep[i]);
    }

    /**
     * Checks the nodes {@code in} (a strongly connected set of {@code count} nodes); returns the
     * local nodes of a bad strongly connected subset, or null.
     */
    int[] badCycle(boolean[] in, int count) {
      int[] members = new int[count];
      int m = 0;
      for (int v = 0; v < in.length; v++) {
        if (in[v]) {
          members[m++] = v;
        }
      }
      boolean cycle = count > 1;
      for (int k = 0; k < count && !cycle; k++) {
        int v = members[k];
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          cycle |= targets[e] == v;
        }
      }
      if (!cycle) {
        return null;
      }
      for (boolean[] set : t.accepting) {
        boolean met = false;
        for (int k = 0; k < count && !met; k++) {
          met = set[automaton(members[k])];
        }
        if (!met) {
          return null;
        }
      }
      boolean[] remove = null;
      for (int i = 0; i < fairStep.length; i++) {
        boolean stepTaken = false;
        boolean disabledSomewhere = false;
        boolean enabledSomewhere = false;
        for (int k = 0; k < count; k++) {
          int v = members[k];
          boolean enabled = g.stateBit(state(v), fairEnabled[i]);
          disabledSomewhere |= !enabled;
          enabledSomewhere |= enabled;
          for (int e = offsets[v]; e < offsets[v + 1] && !stepTaken; e++) {
            stepTaken = in[targets[e]] && fairStep(e, v, i);
          }
        }
        if (stepTaken) {
          continue;
        }
        if (!fairStrong[i]) {
          if (!disabledSomewhere) {
            return null;
          }
        } else if (enabledSomewhere) {
          if (remove == null) {
            remove = new boolean[in.length];
          }
          for (int k = 0; k < count; k++) {
            remove[members[k]] |= g.stateBit(state(members[k]), fairEnabled[i]);
          }
        }
      }
      if (remove == null) {
        return members;
      }
      boolean[] rest = in.clone();
      for (int v = 0; v < rest.length; v++) {
        rest[v] &= !remove[v];
      }
      return refine(rest);
    }

    /** Splits the nodes {@code rest} into strongly connected parts and checks each. */
    private int[] refine(boolean[] rest) {
      Tarjan sub = new Tarjan(nodes.length) {
        @Override
        int candidates(int node) {
          return offsets[node + 1] - offsets[node];
        }

        @Override
        int candidate(int node, int i) {
          int w = targets[offsets[node] + i];
          return rest[w] ? w : -1;
        }
      };
      int[][] found = new int[1][];
      for (int v = 0; v < rest.length && found[0] == null; v++) {
        if (rest[v] && !sub.visited(v)) {
          sub.explore(v, part -> {
            boolean[] in = new boolean[nodes.length];
            for (int w : part) {
              in[w] = true;
            }
            found[0] = badCycle(in, part.length);
            return found[0] != null;
          });
        }
      }
      return found[0];
    }

    // ------------------------------------------------------------ the counterexample

    /**
     * The lasso through the bad nodes {@code bad} (local): product nodes from an initial node
     * to the cycle's start, then around the cycle; the last element is the index of the start.
     */
    int[] lasso(int[] bad) {
      boolean[] in = new boolean[nodes.length];
      for (int v : bad) {
        in[v] = true;
      }
      int[] prefix = prefixTo(in);
      int entry = -1;
      for (int v : bad) {
        if (nodes[v] == prefix[prefix.length - 1]) {
          entry = v;
        }
      }
      IntArrayList cycle = cycleFrom(entry, in);
      int[] out = new int[prefix.length + cycle.size() + 1];
      System.arraycopy(prefix, 0, out, 0, prefix.length);
      for (int k = 0; k < cycle.size(); k++) {
        out[prefix.length + k] = nodes[cycle.getInt(k)];
      }
      out[out.length - 1] = prefix.length - 1;
      return out;
    }

    /** A shortest product path from an initial node to any node of {@code in}. */
    private int[] prefixTo(boolean[] in) {
      Int2IntOpenHashMap local = new Int2IntOpenHashMap();
      local.defaultReturnValue(-1);
      for (int v = 0; v < nodes.length; v++) {
        if (in[v]) {
          local.put(nodes[v], v);
        }
      }
      Int2IntOpenHashMap parent = new Int2IntOpenHashMap();
      parent.defaultReturnValue(-2);
      IntArrayList queue = new IntArrayList();
      for (int root : initialNodes()) {
        if (parent.get(root) == -2) {
          parent.put(root, -1);
          queue.add(root);
        }
      }
      for (int head = 0; head < queue.size(); head++) {
        int p = queue.getInt(head);
        if (local.get(p) >= 0) {
          IntArrayList path = new IntArrayList();
          for (int x = p; x >= 0; x = parent.get(x)) {
            path.add(x);
          }
          int[] out = new int[path.size()];
          for (int k = 0; k < out.length; k++) {
            out[k] = path.getInt(out.length - 1 - k);
          }
          return out;
        }
        int n = candidates(p);
        for (int c = 0; c < n; c++) {
          int w = candidate(p, c);
          if (w >= 0 && parent.get(w) == -2) {
            parent.put(w, p);
            queue.add(w);
          }
        }
      }
      throw new IllegalStateException("no path to a reachable component");
    }

    /**
     * A cycle from {@code entry} inside {@code in} that meets every obligation: each acceptance
     * set, each weak fairness condition (a disabled state or a step), each strong fairness
     * condition that has a step in the set. Returns the local nodes after {@code entry} up to
     * (not including) the return to it.
     */
    private IntArrayList cycleFrom(int entry, boolean[] in) {
      List<Obligation> pending = new ArrayList<>();
      for (boolean[] set : t.accepting) {
        pending.add(new Obligation(v -> set[automaton(v)], null));
      }
      for (int i = 0; i < fairStep.length; i++) {
        int fi = i;
        EdgeTest step = (e, source) -> fairStep(e, source, fi);
        if (fairStrong[i]) {
          if (hasEdge(in, step)) {
            pending.add(new Obligation(null, step));
          }
        } else {
          pending.add(new Obligation(v -> !g.stateBit(state(v), fairEnabled[fi]), step));
        }
      }
      IntArrayList cycle = new IntArrayList();
      pending.removeIf(o -> o.node != null && o.node.test(entry));
      int current = entry;
      boolean moved = false;
      while (!pending.isEmpty()) {
        IntArrayList path = shortestPath(current, in, pending, -1);
        for (int k = 0; k < path.size(); k++) {
          cycle.add(path.getInt(k));
        }
        current = cycle.getInt(cycle.size() - 1);
        moved |= !path.isEmpty();
      }
      if (current != entry || !moved) {
        IntArrayList back = shortestPath(current, in, new ArrayList<>(), entry);
        for (int k = 0; k < back.size(); k++) {
          cycle.add(back.getInt(k));
        }
      }
      cycle.removeInt(cycle.size() - 1); // the return to entry
      return cycle;
    }

    private boolean hasEdge(boolean[] in, EdgeTest test) {
      for (int v = 0; v < nodes.length; v++) {
        for (int e = offsets[v]; in[v] && e < offsets[v + 1]; e++) {
          if (in[targets[e]] && test.test(e, v)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * A shortest path (at least one step) inside {@code in} from {@code from} to {@code goal}, or
     * (goal -1) to the nearest node or edge meeting a pending obligation; the obligations met
     * on the way are removed. Returns the nodes after {@code from}.
     */
    private IntArrayList shortestPath(int from, boolean[] in, List<Obligation> pending, int goal) {
      stamp++;
      int[] parent = new int[nodes.length];
      IntArrayList queue = new IntArrayList();
      queue.add(from);
      int reached = -1;
      int via = -1;
      // The start is not marked, so that a path back to it (a cycle) can be found.
      for (int head = 0; head < queue.size() && reached < 0; head++) {
        int v = queue.getInt(head);
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          int w = targets[e];
          if (!in[w]) {
            continue;
          }
          if (w == goal || goal < 0 && meets(pending, w, e, v)) {
            reached = w;
            via = v;
            break;
          }
          if (mark[w] != stamp && w != from) {
            mark[w] = stamp;
            parent[w] = v;
            queue.add(w);
          }
        }
      }
      if (reached < 0) {
        throw new IllegalStateException("a strongly connected component has an unreachable obligation");
      }
      IntArrayList backwards = new IntArrayList();
      backwards.add(reached);
      for (int x = via; x != from; x = parent[x]) {
        backwards.add(x);
      }
      IntArrayList forward = new IntArrayList();
      for (int k = backwards.size() - 1; k >= 0; k--) {
        forward.add(backwards.getInt(k));
      }
      // Every obligation met along the path (its nodes and the edges between them) is done.
      int previous = from;
      for (int k = 0; k < forward.size(); k++) {
        int node = forward.getInt(k);
        int source = previous;
        int edge = edgeBetween(source, node);
        pending.removeIf(o -> o.node != null && o.node.test(node) || o.edge != null && o.edge.test(edge, source));
        previous = node;
      }
      return forward;
    }

    private boolean meets(List<Obligation> pending, int w, int edge, int source) {
      for (Obligation o : pending) {
        if (o.node != null && o.node.test(w) || o.edge != null && o.edge.test(edge, source)) {
          return true;
        }
      }
      return false;
    }

    /** The first internal edge from u to v (a product edge is determined by its two ends' states). */
    private int edgeBetween(int u, int v) {
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        if (targets[e] == v) {
          return e;
        }
      }
      throw new IllegalStateException("no edge");
    }
  }

  private interface NodeTest {
    boolean test(int local);
  }

  private interface EdgeTest {
    boolean test(int localEdge, int source);
  }

  /** Something the cycle must contain: a node passing {@code node}, or an edge passing {@code edge}. */
  private record Obligation(NodeTest node, EdgeTest edge) {}
}

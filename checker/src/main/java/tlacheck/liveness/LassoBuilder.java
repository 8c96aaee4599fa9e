package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * The counterexample for a bad part of a {@link ProductComponent}: a shortest product path from
 * an initial node to the part, then a short cycle through it that meets every obligation (each
 * acceptance set, each fairness condition), built greedily by breadth-first searches inside it.
 */
final class LassoBuilder {
  private final FairCycleSearch search;
  private final ProductComponent c;
  private final StateGraph g;
  private final Tableau t;
  private final int[] fairEnabled;
  private final int[] fairStep;
  private final boolean[] fairStrong;
  /** Per local node, the breadth-first search that last reached it. */
  private final int[] mark;
  private int stamp;

  LassoBuilder(FairCycleSearch search, ProductComponent c) {
    this.search = search;
    this.c = c;
    this.g = search.g;
    this.t = search.t;
    this.fairEnabled = search.fairEnabled;
    this.fairStep = search.fairStep;
    this.fairStrong = search.fairStrong;
    this.mark = new int[c.nodes.length];
  }

  /**
   * The lasso through the bad nodes {@code bad} (local): product nodes from an initial node
   * to the cycle's start, then around the cycle; the last element is the index of the start.
   */
  int[] lasso(int[] bad) {
    boolean[] in = new boolean[c.nodes.length];
    for (int v : bad) {
      in[v] = true;
    }
    int[] prefix = prefixTo(in);
    int entry = -1;
    for (int v : bad) {
      if (c.nodes[v] == prefix[prefix.length - 1]) {
        entry = v;
      }
    }
    IntArrayList cycle = cycleFrom(entry, in);
    int[] out = new int[prefix.length + cycle.size() + 1];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    for (int k = 0; k < cycle.size(); k++) {
      out[prefix.length + k] = c.nodes[cycle.getInt(k)];
    }
    out[out.length - 1] = prefix.length - 1;
    return out;
  }

  /** A shortest product path from an initial node to any node of {@code in}. */
  private int[] prefixTo(boolean[] in) {
    Int2IntOpenHashMap local = new Int2IntOpenHashMap();
    local.defaultReturnValue(-1);
    for (int v = 0; v < c.nodes.length; v++) {
      if (in[v]) {
        local.put(c.nodes[v], v);
      }
    }
    Int2IntOpenHashMap parent = new Int2IntOpenHashMap();
    parent.defaultReturnValue(-2);
    IntArrayList queue = new IntArrayList();
    for (int root : search.initialNodes()) {
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
      int n = search.candidates(p);
      for (int i = 0; i < n; i++) {
        int w = search.candidate(p, i);
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
      pending.add(new Obligation(v -> set[c.automaton(v)], null));
    }
    for (int i = 0; i < fairStep.length; i++) {
      int fi = i;
      EdgeTest step = (e, source) -> c.fairStep(e, source, fi);
      if (fairStrong[i]) {
        if (hasEdge(in, step)) {
          pending.add(new Obligation(null, step));
        }
      } else {
        pending.add(new Obligation(v -> !g.stateBit(c.state(v), fairEnabled[fi]), step));
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
    for (int v = 0; v < c.nodes.length; v++) {
      for (int e = c.offsets[v]; in[v] && e < c.offsets[v + 1]; e++) {
        if (in[c.targets[e]] && test.test(e, v)) {
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
    int[] parent = new int[c.nodes.length];
    IntArrayList queue = new IntArrayList();
    queue.add(from);
    int reached = -1;
    int via = -1;
    // The start is not marked, so that a path back to it (a cycle) can be found.
    for (int head = 0; head < queue.size() && reached < 0; head++) {
      int v = queue.getInt(head);
      for (int e = c.offsets[v]; e < c.offsets[v + 1]; e++) {
        int w = c.targets[e];
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
    for (int e = c.offsets[u]; e < c.offsets[u + 1]; e++) {
      if (c.targets[e] == v) {
        return e;
      }
    }
    throw new IllegalStateException("no edge");
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

package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * A strongly connected component of the product that {@link FairCycleSearch} found, with its
 * internal edges materialised (local node numbers, CSR) so that it can be checked, refined and
 * searched repeatedly: whether it holds a fair accepting cycle ({@link #badCycle}), and the
 * lasso that shows one ({@link LassoBuilder}).
 */
final class ProductComponent {
  private final StateGraph g;
  private final Tableau t;
  private final int q;
  private final int[] fairEnabled;
  private final int[] fairStep;
  private final boolean[] fairStrong;
  /** Product node numbers by local number. */
  final int[] nodes;
  final int[] offsets;
  final int[] targets;
  final int[] edges;

  ProductComponent(FairCycleSearch search, int[] members) {
    this.g = search.g;
    this.t = search.t;
    this.q = search.q;
    this.fairEnabled = search.fairEnabled;
    this.fairStep = search.fairStep;
    this.fairStrong = search.fairStrong;
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
      int n = search.candidates(members[i]);
      for (int c = 0; c < n; c++) {
        int w = search.candidate(members[i], c);
        int l = w < 0 ? -1 : local.get(w);
        if (l >= 0) {
          targetList.add(l);
          edgeList.add(search.edgeOf(members[i], c));
        }
      }
    }
    offsets[members.length] = targetList.size();
    targets = targetList.toIntArray();
    edges = edgeList.toIntArray();
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
}

package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Tarjan's strongly connected components, iterative (an explicit call stack, so graphs of
 * millions of nodes do not overflow the Java stack). A graph is given by numbered candidate
 * edges per node, some of which may be absent ({@link #candidate} returns -1): that lets the
 * liveness product and its restrictions be explored without materialising their edges.
 * Components are reported in completion order (a component before any that can reach it).
 */
abstract class Tarjan {
  /** Receives each strongly connected component; returns true to stop the search. */
  interface Visitor {
    boolean component(int[] members);
  }

  private final int[] index;
  private final int[] low;
  private final boolean[] onStack;
  private final IntArrayList stack = new IntArrayList();
  private final IntArrayList callNodes = new IntArrayList();
  private final IntArrayList callCursors = new IntArrayList();
  private int counter;

  Tarjan(int nodeCount) {
    this.index = new int[nodeCount];
    this.low = new int[nodeCount];
    this.onStack = new boolean[nodeCount];
  }

  /** How many candidate edges node has. */
  abstract int candidates(int node);

  /** The target of the i-th candidate edge of node, or -1 when that edge does not exist. */
  abstract int candidate(int node, int i);

  boolean visited(int node) {
    return index[node] != 0;
  }

  /** Explores everything reachable from root not yet visited; true when the visitor stopped it. */
  boolean explore(int root, Visitor visitor) {
    if (visited(root)) {
      return false;
    }
    enter(root);
    while (!callNodes.isEmpty()) {
      int top = callNodes.size() - 1;
      int v = callNodes.getInt(top);
      int i = callCursors.getInt(top);
      int n = candidates(v);
      boolean descended = false;
      while (i < n) {
        int w = candidate(v, i++);
        if (w < 0) {
          continue;
        }
        if (index[w] == 0) {
          callCursors.set(top, i);
          enter(w);
          descended = true;
          break;
        }
        if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
      }
      if (descended) {
        continue;
      }
      callNodes.removeInt(top);
      callCursors.removeInt(top);
      if (top > 0) {
        int parent = callNodes.getInt(top - 1);
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] == index[v]) {
        int start = stack.lastIndexOf(v);
        int[] members = new int[stack.size() - start];
        for (int k = 0; k < members.length; k++) {
          members[k] = stack.getInt(start + k);
          onStack[members[k]] = false;
        }
        stack.size(start);
        if (visitor.component(members)) {
          return true;
        }
      }
    }
    return false;
  }

  private void enter(int node) {
    counter++;
    index[node] = counter;
    low[node] = counter;
    stack.add(node);
    onStack[node] = true;
    callNodes.add(node);
    callCursors.add(0);
  }
}

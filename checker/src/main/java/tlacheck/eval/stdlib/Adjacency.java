package tlacheck.eval.stdlib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

/**
 * A finite graph as adjacency lists over the positions of its nodes (in canonical order), for
 * the operators whose TLA+ definitions quantify over {@code Seq(G.node)}: paths, connectivity,
 * reachability. Those definitions only ever step from a node of {@code G.node} to a node of
 * {@code G.node}, so an edge with an end outside the node set is left out, and so is a value in
 * the edge set that is not an edge at all.
 */
final class Adjacency {
  final Value[] nodes;
  private final Map<Value, Integer> position;
  private final int[][] next;
  private final int[][] previous;

  private Adjacency(Value[] nodes, Map<Value, Integer> position, List<List<Integer>> out) {
    this.nodes = nodes;
    this.position = position;
    this.next = new int[nodes.length][];
    int[] inDegree = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      next[i] = out.get(i).stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
      for (int j : next[i]) {
        inDegree[j]++;
      }
    }
    this.previous = new int[nodes.length][];
    for (int j = 0; j < nodes.length; j++) {
      previous[j] = new int[inDegree[j]];
    }
    int[] filled = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      for (int j : next[i]) {
        previous[j][filled[j]++] = i;
      }
    }
  }

  /** The steps of a directed graph: an edge {@code <<a, b>>} with a and b nodes. */
  static Adjacency directed(SetValue nodeSet, SetValue edgeSet) {
    Value[] nodes = nodeSet.enumerate().elements();
    Map<Value, Integer> position = positions(nodes);
    List<List<Integer>> out = emptyLists(nodes.length);
    for (Value e : edgeSet.enumerate().elements()) {
      if (e instanceof TupleValue t && t.size() == 2) {
        Integer from = position.get(t.get(1));
        Integer to = position.get(t.get(2));
        if (from != null && to != null) {
          out.get(from).add(to);
        }
      }
    }
    return new Adjacency(nodes, position, out);
  }

  /** The steps of an undirected graph: an edge {@code {a, b}} both ways, {@code {a}} from a to a. */
  static Adjacency undirected(SetValue nodeSet, SetValue edgeSet) {
    Value[] nodes = nodeSet.enumerate().elements();
    Map<Value, Integer> position = positions(nodes);
    List<List<Integer>> out = emptyLists(nodes.length);
    for (Value e : edgeSet.enumerate().elements()) {
      if (!(e instanceof SetValue s) || !s.isEnumerable()) {
        continue;
      }
      Value[] ends = s.enumerate().elements();
      if (ends.length < 1 || ends.length > 2) {
        continue;
      }
      Integer a = position.get(ends[0]);
      Integer b = position.get(ends[ends.length - 1]);
      if (a != null && b != null) {
        out.get(a).add(b);
        out.get(b).add(a);
      }
    }
    return new Adjacency(nodes, position, out);
  }

  private static Map<Value, Integer> positions(Value[] nodes) {
    Map<Value, Integer> position = new HashMap<>();
    for (int i = 0; i < nodes.length; i++) {
      position.put(nodes[i], i);
    }
    return position;
  }

  private static List<List<Integer>> emptyLists(int n) {
    List<List<Integer>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  int size() {
    return nodes.length;
  }

  /** The position of {@code v} among the nodes, or -1 when it is not a node. */
  int positionOf(Value v) {
    Integer p = position.get(v);
    return p == null ? -1 : p;
  }

  boolean hasStep(int from, int to) {
    return Arrays.binarySearch(next[from], to) >= 0;
  }

  boolean hasSuccessor(int node) {
    return next[node].length > 0;
  }

  boolean hasPredecessor(int node) {
    return previous[node].length > 0;
  }

  /**
   * The nodes reached from {@code start} along the edges (or against them, when
   * {@code backwards}): with {@code start} itself when {@code reflexive} (a path of one node),
   * else by one step or more.
   */
  boolean[] reach(int start, boolean backwards, boolean reflexive) {
    int[][] steps = backwards ? previous : next;
    boolean[] seen = new boolean[nodes.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    if (reflexive) {
      seen[start] = true;
      queue.add(start);
    } else {
      for (int s : steps[start]) {
        if (!seen[s]) {
          seen[s] = true;
          queue.add(s);
        }
      }
    }
    while (!queue.isEmpty()) {
      for (int s : steps[queue.poll()]) {
        if (!seen[s]) {
          seen[s] = true;
          queue.add(s);
        }
      }
    }
    return seen;
  }

  /** Whether every node reaches every node (true for no nodes). */
  boolean stronglyConnected() {
    if (nodes.length == 0) {
      return true;
    }
    return all(reach(0, false, true)) && all(reach(0, true, true));
  }

  private static boolean all(boolean[] flags) {
    for (boolean f : flags) {
      if (!f) {
        return false;
      }
    }
    return true;
  }

  /** Every path without a repeated node: each node alone, and each extension by a step to a new node. */
  List<Value> simplePaths() {
    List<Value> paths = new ArrayList<>();
    int[] path = new int[nodes.length];
    boolean[] onPath = new boolean[nodes.length];
    for (int start = 0; start < nodes.length; start++) {
      path[0] = start;
      onPath[start] = true;
      extend(path, 1, onPath, paths);
      onPath[start] = false;
    }
    return paths;
  }

  private void extend(int[] path, int length, boolean[] onPath, List<Value> paths) {
    Value[] elements = new Value[length];
    for (int i = 0; i < length; i++) {
      elements[i] = nodes[path[i]];
    }
    paths.add(TupleValue.of(elements));
    for (int s : next[path[length - 1]]) {
      if (!onPath[s]) {
        onPath[s] = true;
        path[length] = s;
        extend(path, length + 1, onPath, paths);
        onPath[s] = false;
      }
    }
  }

  /** The connected components (for the steps of an undirected graph), as sets of nodes. */
  List<List<Value>> components() {
    List<List<Value>> components = new ArrayList<>();
    boolean[] done = new boolean[nodes.length];
    for (int start = 0; start < nodes.length; start++) {
      if (!done[start]) {
        boolean[] reached = reach(start, false, true);
        List<Value> component = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
          if (reached[i]) {
            done[i] = true;
            component.add(nodes[i]);
          }
        }
        components.add(component);
      }
    }
    return components;
  }
}

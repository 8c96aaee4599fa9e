package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.eval.Node;
import tlacheck.eval.SetOps;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.PowerSetValue;
import tlacheck.value.ProductSetValue;
import tlacheck.value.RecordSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module Graphs: directed graphs as records
 * {@code [node |-> N, edge |-> E]} with edges {@code <<a, b>>}. Each operator means what its TLA+
 * definition means; those that the definition states over {@code Seq(G.node)} or by a recursive
 * closure (SimplePath, AreConnectedIn, IsStronglyConnected, ConnectionsIn, HasCycle, Ancestors,
 * Descendants, IsTreeWithRoot) search the graph instead (see {@link Adjacency}).
 * {@code Path(G)} can only be tested for membership ({@link PathSet}).
 */
final class Graphs {
  private Graphs() {}

  static void define(OperatorTable graphs) {
    ModuleExtends.extend(graphs, "Naturals", "Sequences", "FiniteSets", "SequencesExt", "Relation");
    graphs.unary("IsDirectedGraph", g -> BoolValue.of(isDirectedGraph(g, "IsDirectedGraph")));
    graphs.unary("DirectedSubgraph", g -> subgraphs(g, false, "DirectedSubgraph"));
    graphs.unary("Transpose", Graphs::transpose);
    graphs.unary("IsUndirectedGraph", g -> BoolValue.of(isUndirectedGraph(g, "IsUndirectedGraph")));
    graphs.unary("UndirectedSubgraph", g -> subgraphs(g, true, "UndirectedSubgraph"));
    graphs.unary("Path", g -> new PathSet(GraphRecord.nodes(g, "Path"), GraphRecord.edges(g, "Path"), false));
    graphs.unary("SimplePath", g -> EnumSetValue.of(adjacency(g, "SimplePath").simplePaths()));
    graphs.nary("AreConnectedIn", 3, v -> BoolValue.of(connected(v[0], v[1], adjacency(v[2], "AreConnectedIn"))),
        Node.CONSTANT);
    graphs.unary("IsStronglyConnected", g -> BoolValue.of(adjacency(g, "IsStronglyConnected").stronglyConnected()));
    graphs.unary("ConnectionsIn", Graphs::connectionsIn);
    graphs.binary("IsTreeWithRoot", Graphs::isTreeWithRoot);
    graphs.binary("GraphUnion", (g, h) -> GraphRecord.make(
        SetOps.union(GraphRecord.nodes(g, "GraphUnion"), GraphRecord.nodes(h, "GraphUnion")),
        SetOps.union(GraphRecord.edges(g, "GraphUnion"), GraphRecord.edges(h, "GraphUnion"))));
    graphs.nary("IsBipartiteWithPartitions", 3, v -> BoolValue.of(isBipartite(v[0], v[1], v[2])),
        Node.CONSTANT);
    graphs.unary("HasCycle", g -> BoolValue.of(hasCycle(g, "HasCycle")));
    graphs.unary("IsDag", g -> BoolValue.of(isDirectedGraph(g, "IsDag") && !hasCycle(g, "IsDag")));
    graphs.binary("Successors", (g, n) -> neighbours(g, n, true, "Successors"));
    graphs.binary("AllSuccessors", (g, s) -> allNeighbours(g, s, true, "AllSuccessors"));
    graphs.binary("Predecessors", (g, n) -> neighbours(g, n, false, "Predecessors"));
    graphs.binary("AllPredecessors", (g, s) -> allNeighbours(g, s, false, "AllPredecessors"));
    graphs.binary("Ancestors", (g, n) -> closure(g, n, true, "Ancestors"));
    graphs.binary("Descendants", (g, n) -> closure(g, n, false, "Descendants"));
    graphs.binary("InDegree", (g, n) -> IntValue.of(neighbours(g, n, false, "InDegree").size()));
    graphs.binary("OutDegree", (g, n) -> IntValue.of(neighbours(g, n, true, "OutDegree").size()));
    graphs.unary("Roots", g -> ends(g, true, "Roots"));
    graphs.unary("Leaves", g -> ends(g, false, "Leaves"));
    graphs.constant("EmptyGraph", GraphRecord.make(EnumSetValue.EMPTY, EnumSetValue.EMPTY));
    graphs.unary("Graphs", s -> {
      SetValue nodes = Values.asSet(s, "Graphs");
      return new RecordSetValue(new String[] {"node", "edge"}, new SetValue[] {
          EnumSetValue.of(s), new PowerSetValue(new ProductSetValue(new SetValue[] {nodes, nodes}))});
    });
  }

  private static Adjacency adjacency(Value g, String op) {
    return Adjacency.directed(GraphRecord.nodes(g, op), GraphRecord.edges(g, op));
  }

  /** {@code G = [node |-> G.node, edge |-> G.edge] /\ G.edge \subseteq (G.node \X G.node)}. */
  static boolean isDirectedGraph(Value g, String op) {
    if (!GraphRecord.hasOnlyNodeAndEdge(g, op)) {
      return false;
    }
    SetValue nodes = GraphRecord.nodes(g, op);
    return GraphRecord.edges(g, op).isSubsetOf(new ProductSetValue(new SetValue[] {nodes, nodes}));
  }

  /** A directed graph whose every edge {@code <<a, b>>} has its reverse {@code <<b, a>>}. */
  private static boolean isUndirectedGraph(Value g, String op) {
    if (!isDirectedGraph(g, op)) {
      return false;
    }
    SetValue edges = GraphRecord.edges(g, op);
    for (Value e : edges.enumerate().elements()) {
      if (!edges.contains(GraphRecord.pair(GraphRecord.end(e, 2, op), GraphRecord.end(e, 1, op)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [edge |-> {<<e[2], e[1]>> : e \in G.edge}, node |-> G.node]}. */
  private static Value transpose(Value g) {
    List<Value> reversed = new ArrayList<>();
    for (Value e : GraphRecord.edges(g, "Transpose").enumerate().elements()) {
      reversed.add(GraphRecord.pair(GraphRecord.end(e, 2, "Transpose"), GraphRecord.end(e, 1, "Transpose")));
    }
    return GraphRecord.make(GraphRecord.nodes(g, "Transpose"), EnumSetValue.of(reversed));
  }

  /** Whether a path leads from m to n: both are nodes, and n is m or is reached from it. */
  private static boolean connected(Value m, Value n, Adjacency graph) {
    int from = graph.positionOf(m);
    int to = graph.positionOf(n);
    return from >= 0 && to >= 0 && graph.reach(from, false, true)[to];
  }

  /** {@code [<<m, n>> \in G.node \X G.node |-> AreConnectedIn(m, n, G)]} (Warshall's closure in the definition). */
  private static Value connectionsIn(Value g) {
    Adjacency graph = adjacency(g, "ConnectionsIn");
    int n = graph.size();
    Value[] keys = new Value[n * n];
    Value[] values = new Value[n * n];
    for (int i = 0; i < n; i++) {
      boolean[] reached = graph.reach(i, false, true);
      for (int j = 0; j < n; j++) {
        keys[i * n + j] = GraphRecord.pair(graph.nodes[i], graph.nodes[j]);
        values[i * n + j] = BoolValue.of(reached[j]);
      }
    }
    return Values.functionUnsorted(keys, values);
  }

  /**
   * A directed graph with r a node, no edge leaving r, at most one edge leaving any node, and
   * every node connected to r.
   */
  private static Value isTreeWithRoot(Value g, Value r) {
    String op = "IsTreeWithRoot";
    if (!isDirectedGraph(g, op) || !GraphRecord.nodes(g, op).contains(r)) {
      return BoolValue.FALSE;
    }
    Map<Value, Value> edgeFrom = new HashMap<>();
    for (Value e : GraphRecord.edges(g, op).enumerate().elements()) {
      Value source = GraphRecord.end(e, 1, op);
      if (Values.tlaEquals(source, r)) {
        return BoolValue.FALSE;
      }
      Value other = edgeFrom.putIfAbsent(source, e);
      if (other != null && !other.equals(e)) {
        return BoolValue.FALSE;
      }
    }
    Adjacency graph = adjacency(g, op);
    boolean[] reachesRoot = graph.reach(graph.positionOf(r), true, true);
    for (boolean reaches : reachesRoot) {
      if (!reaches) {
        return BoolValue.FALSE;
      }
    }
    return BoolValue.TRUE;
  }

  /** {@code U \cap V = {} /\ G.node \subseteq U \cup V /\ every edge goes between U and V}. */
  private static boolean isBipartite(Value g, Value u, Value v) {
    String op = "IsBipartiteWithPartitions";
    SetValue left = Values.asSet(u, op);
    SetValue right = Values.asSet(v, op);
    if (Values.asSet(SetOps.intersect(left, right), op).size() != 0
        || !GraphRecord.nodes(g, op).isSubsetOf(Values.asSet(SetOps.union(left, right), op))) {
      return false;
    }
    for (Value e : GraphRecord.edges(g, op).enumerate().elements()) {
      boolean forward = left.contains(GraphRecord.end(e, 1, op)) && right.contains(GraphRecord.end(e, 2, op));
      if (!forward && !(left.contains(GraphRecord.end(e, 2, op)) && right.contains(GraphRecord.end(e, 1, op)))) {
        return false;
      }
    }
    return true;
  }

  /** A self-loop on a node, or two distinct nodes connected both ways. */
  private static boolean hasCycle(Value g, String op) {
    Adjacency graph = adjacency(g, op);
    int n = graph.size();
    for (int i = 0; i < n; i++) {
      if (graph.hasStep(i, i)) {
        return true;
      }
    }
    boolean[][] reached = new boolean[n][];
    for (int i = 0; i < n; i++) {
      reached[i] = graph.reach(i, false, true);
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (reached[i][j] && reached[j][i]) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code {m \in G.node : <<n, m>> \in G.edge}} (forward) or {@code <<m, n>>} (backward). */
  private static EnumSetValue neighbours(Value g, Value n, boolean forward, String op) {
    SetValue edges = GraphRecord.edges(g, op);
    List<Value> found = new ArrayList<>();
    for (Value m : GraphRecord.nodes(g, op).enumerate().elements()) {
      if (edges.contains(forward ? GraphRecord.pair(n, m) : GraphRecord.pair(m, n))) {
        found.add(m);
      }
    }
    return EnumSetValue.of(found);
  }

  /** {@code UNION {Successors(G, n) : n \in S}} or the same of Predecessors. */
  private static Value allNeighbours(Value g, Value s, boolean forward, String op) {
    Value union = EnumSetValue.EMPTY;
    for (Value n : Values.asSet(s, op).enumerate().elements()) {
      union = SetOps.union(union, neighbours(g, n, forward, op));
    }
    return union;
  }

  /**
   * Ancestors ({@code backwards}) or Descendants of n: the nodes m with
   * {@code TransitiveClosure(EdgeRelation, G.node)[m, n]} (or {@code [n, m]}), a path of one
   * edge or more through nodes. The closure is a function on {@code G.node \X G.node}: n must be
   * a node, unless there is no node to test.
   */
  private static Value closure(Value g, Value n, boolean backwards, String op) {
    Adjacency graph = adjacency(g, op);
    if (graph.size() == 0) {
      return EnumSetValue.EMPTY;
    }
    int start = graph.positionOf(n);
    if (start < 0) {
      throw new ValueException(op + ": " + n + " is not a node of the graph, so the transitive closure over "
          + GraphRecord.nodes(g, op) + " \\X " + GraphRecord.nodes(g, op) + " is applied outside its domain");
    }
    boolean[] reached = graph.reach(start, backwards, false);
    List<Value> found = new ArrayList<>();
    for (int i = 0; i < reached.length; i++) {
      if (reached[i]) {
        found.add(graph.nodes[i]);
      }
    }
    return EnumSetValue.of(found);
  }

  /** Roots (no predecessor among the nodes) or Leaves (no successor). */
  private static Value ends(Value g, boolean roots, String op) {
    Adjacency graph = adjacency(g, op);
    List<Value> found = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      if (roots ? !graph.hasPredecessor(i) : !graph.hasSuccessor(i)) {
        found.add(graph.nodes[i]);
      }
    }
    return EnumSetValue.of(found);
  }

  /**
   * DirectedSubgraph(G): every directed graph H with {@code H.node \subseteq G.node} and
   * {@code H.edge \subseteq G.edge}; UndirectedSubgraph(G) keeps those whose edges come with
   * their reverses. Listed by node set, then by the edges of G between those nodes.
   */
  private static Value subgraphs(Value g, boolean symmetric, String op) {
    Value[] nodes = GraphRecord.nodes(g, op).enumerate().elements();
    Value[] edges = GraphRecord.edges(g, op).enumerate().elements();
    if (nodes.length >= 31) {
      throw new ValueException(op + ": SUBSET of " + nodes.length + " nodes is too large to enumerate");
    }
    List<Value> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << nodes.length; mask++) {
      List<Value> chosen = new ArrayList<>();
      for (int i = 0; i < nodes.length; i++) {
        if ((mask & 1 << i) != 0) {
          chosen.add(nodes[i]);
        }
      }
      EnumSetValue nodeSet = EnumSetValue.of(chosen);
      List<Value[]> groups = edgeGroups(nodeSet, edges, symmetric);
      if (groups.size() >= 31) {
        throw new ValueException(op + ": the subsets of " + groups.size() + " edges are too many to enumerate");
      }
      for (int pick = 0; pick < 1 << groups.size(); pick++) {
        List<Value> picked = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
          if ((pick & 1 << k) != 0) {
            picked.addAll(List.of(groups.get(k)));
          }
        }
        out.add(GraphRecord.make(nodeSet, EnumSetValue.of(picked)));
      }
    }
    return EnumSetValue.of(out);
  }

  /**
   * The edges of G between the given nodes, in the groups a subgraph takes or leaves together:
   * each edge alone, or (symmetric) an edge with its reverse, a self-loop alone; an edge whose
   * reverse is missing can be in no undirected subgraph.
   */
  private static List<Value[]> edgeGroups(SetValue nodeSet, Value[] edges, boolean symmetric) {
    List<Value[]> groups = new ArrayList<>();
    EnumSetValue all = EnumSetValue.of(edges);
    for (Value e : edges) {
      if (!(e instanceof TupleValue t) || t.size() != 2 || !nodeSet.contains(t.get(1)) || !nodeSet.contains(t.get(2))) {
        continue;
      }
      if (!symmetric) {
        groups.add(new Value[] {e});
        continue;
      }
      TupleValue reverse = GraphRecord.pair(t.get(2), t.get(1));
      int order = t.compareTo(reverse);
      if (order == 0) {
        groups.add(new Value[] {e});
      } else if (order < 0 && all.contains(reverse)) {
        groups.add(new Value[] {e, reverse});
      }
    }
    return groups;
  }
}

package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.Node;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.PowerSetValue;
import tlacheck.value.RecordSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module UndirectedGraphs: graphs as records
 * {@code [node |-> N, edge |-> E]} whose edges are sets {@code {a, b}} ({@code {a}} a loop). It
 * instantiates its helper modules LOCALly, so only its own operators are seen. Paths,
 * connectivity and the connected components, which the definitions state over
 * {@code Seq(G.node)} and {@code SUBSET G.node}, are searched for (see {@link Adjacency}).
 */
final class UndirectedGraphs {
  private UndirectedGraphs() {}

  static void define(OperatorTable graphs) {
    graphs.unary("IsUndirectedGraph", g -> BoolValue.of(isUndirectedGraph(g, false, "IsUndirectedGraph")));
    graphs.unary("IsLoopFreeUndirectedGraph",
        g -> BoolValue.of(isUndirectedGraph(g, true, "IsLoopFreeUndirectedGraph")));
    graphs.unary("UndirectedSubgraph", UndirectedGraphs::subgraphs);
    graphs.unary("Path", g -> new PathSet(GraphRecord.nodes(g, "Path"), GraphRecord.edges(g, "Path"), true));
    graphs.unary("SimplePath", g -> EnumSetValue.of(adjacency(g, "SimplePath").simplePaths()));
    graphs.nary("AreConnectedIn", 3, v -> {
      Adjacency graph = adjacency(v[2], "AreConnectedIn");
      int from = graph.positionOf(v[0]);
      int to = graph.positionOf(v[1]);
      return BoolValue.of(from >= 0 && to >= 0 && graph.reach(from, false, true)[to]);
    }, Node.CONSTANT);
    graphs.unary("ConnectedComponents", g -> components(adjacency(g, "ConnectedComponents")));
    graphs.unary("IsStronglyConnected", g -> {
      // ConnectedComponents(G) = {G.node}: one component, holding every node (so not for no nodes).
      List<List<Value>> components = adjacency(g, "IsStronglyConnected").components();
      return BoolValue.of(components.size() == 1);
    });
    graphs.unary("UndirectedGraphs", s -> {
      SetValue nodes = Values.asSet(s, "UndirectedGraphs");
      List<Value> edges = new ArrayList<>();
      for (Value a : nodes.enumerate().elements()) {
        for (Value b : nodes.enumerate().elements()) {
          edges.add(EnumSetValue.of(a, b));
        }
      }
      return new RecordSetValue(new String[] {"node", "edge"},
          new SetValue[] {EnumSetValue.of(s), new PowerSetValue(EnumSetValue.of(edges))});
    });
  }

  private static Adjacency adjacency(Value g, String op) {
    return Adjacency.undirected(GraphRecord.nodes(g, op), GraphRecord.edges(g, op));
  }

  /** {@code G = [node |-> G.node, edge |-> G.edge] /\ \A e \in G.edge : \E a, b \in G.node : (a # b /\) e = {a, b}}. */
  private static boolean isUndirectedGraph(Value g, boolean loopFree, String op) {
    if (!GraphRecord.hasOnlyNodeAndEdge(g, op)) {
      return false;
    }
    SetValue nodes = GraphRecord.nodes(g, op);
    for (Value e : GraphRecord.edges(g, op).enumerate().elements()) {
      if (!isEdgeBetween(e, nodes, loopFree)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code \E a, b \in nodes : e = {a, b}} (with {@code a # b} when loop-free): e is a set of one
   * or two nodes. A value that is not a set is compared with a set, as the definition does, which
   * is an error unless it is a model value.
   */
  private static boolean isEdgeBetween(Value e, SetValue nodes, boolean loopFree) {
    Value[] all = nodes.enumerate().elements();
    if (all.length == 0) {
      return false;
    }
    if (!(e instanceof SetValue set)) {
      return Values.tlaEquals(e, EnumSetValue.of(all[0]));
    }
    Value[] ends = set.enumerate().elements();
    if (ends.length < (loopFree ? 2 : 1) || ends.length > 2) {
      return false;
    }
    for (Value end : ends) {
      if (!nodes.contains(end)) {
        return false;
      }
    }
    return true;
  }

  /** {@code {S \in SUBSET G.node : S is a maximal set of nodes connected within S}}. */
  private static Value components(Adjacency graph) {
    List<Value> sets = new ArrayList<>();
    for (List<Value> component : graph.components()) {
      sets.add(EnumSetValue.of(component));
    }
    return EnumSetValue.of(sets);
  }

  /**
   * {@code {H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H)}}: for each
   * set of nodes, every subset of the edges of G between those nodes.
   */
  private static Value subgraphs(Value g) {
    String op = "UndirectedSubgraph";
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
      List<Value> inside = new ArrayList<>();
      for (Value e : edges) {
        if (isEdgeBetween(e, nodeSet, false)) {
          inside.add(e);
        }
      }
      if (inside.size() >= 31) {
        throw new ValueException(op + ": the subsets of " + inside.size() + " edges are too many to enumerate");
      }
      for (int pick = 0; pick < 1 << inside.size(); pick++) {
        List<Value> picked = new ArrayList<>();
        for (int k = 0; k < inside.size(); k++) {
          if ((pick & 1 << k) != 0) {
            picked.add(inside.get(k));
          }
        }
        out.add(GraphRecord.make(nodeSet, EnumSetValue.of(picked)));
      }
    }
    return EnumSetValue.of(out);
  }
}

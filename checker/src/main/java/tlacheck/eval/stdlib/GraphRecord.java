package tlacheck.eval.stdlib;

import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * A graph of the modules Graphs and UndirectedGraphs: the record {@code [node |-> N, edge |-> E]}.
 * The operators read its fields as the TLA+ definitions do ({@code G.node}, {@code G.edge}), so a
 * value without the field is the same error as the field access.
 */
final class GraphRecord {
  private static final StringValue NODE = StringValue.of("node");
  private static final StringValue EDGE = StringValue.of("edge");
  private static final String[] FIELDS = {"node", "edge"};

  private GraphRecord() {}

  /** {@code G.node}, which must be a set. */
  static SetValue nodes(Value g, String op) {
    return Values.asSet(field(g, NODE, op), op + " (G.node)");
  }

  /** {@code G.edge}, which must be a set. */
  static SetValue edges(Value g, String op) {
    return Values.asSet(field(g, EDGE, op), op + " (G.edge)");
  }

  private static Value field(Value g, StringValue name, String op) {
    if (!(g instanceof FunctionValue f)) {
      throw new ValueException(op + " expects a graph [node |-> ..., edge |-> ...], but got " + Values.describe(g));
    }
    return f.apply(name);
  }

  /** {@code G = [node |-> G.node, edge |-> G.edge]}: the record has those two fields and no other. */
  static boolean hasOnlyNodeAndEdge(Value g, String op) {
    field(g, NODE, op);
    field(g, EDGE, op);
    return ((FunctionValue) g).size() == 2;
  }

  /** {@code [node |-> nodes, edge |-> edges]}. */
  static Value make(Value nodes, Value edges) {
    return Values.record(FIELDS, new Value[] {nodes, edges});
  }

  /** {@code <<a, b>>}. */
  static TupleValue pair(Value a, Value b) {
    return TupleValue.of(a, b);
  }

  /** {@code e[i]} for an edge of a directed graph, with the evaluator's error when e has no such element. */
  static Value end(Value edge, int i, String op) {
    return Values.asFunction(edge, op + " (an edge)").apply(IntValue.of(i));
  }
}

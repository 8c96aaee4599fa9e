package tlacheck.eval.stdlib;

import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * {@code Path(G)} of the modules Graphs and UndirectedGraphs: the non-empty sequences of nodes
 * whose consecutive nodes are joined by an edge ({@code <<p[i], p[i+1]>>} or
 * {@code {p[i], p[i+1]}}). The definition filters {@code Seq(G.node)}, so, as in TLC, the set can
 * be tested for membership but never listed: listing it (to print it, count it, compare it) is an
 * error.
 */
final class PathSet extends SetValue {
  private final SetValue nodes;
  private final SetValue edges;
  private final boolean undirected;

  PathSet(SetValue nodes, SetValue edges, boolean undirected) {
    this.nodes = nodes;
    this.edges = edges;
    this.undirected = undirected;
  }

  @Override
  public boolean contains(Value element) {
    if (!InfiniteSetValue.sequencesOf(nodes).contains(element) || ((FunctionValue) element).size() == 0) {
      return false;
    }
    Value[] p = ((TupleValue) element).elements();
    for (int i = 0; i + 1 < p.length; i++) {
      Value step = undirected ? EnumSetValue.of(p[i], p[i + 1]) : TupleValue.of(p[i], p[i + 1]);
      if (!edges.contains(step)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isEnumerable() {
    return false;
  }

  @Override
  public EnumSetValue enumerate() {
    throw notListable();
  }

  private ValueException notListable() {
    return new ValueException("Attempted to enumerate { x \\in S : p(x) } when S: Seq(" + nodes
        + ") is not enumerable (the set Path(G))");
  }

  /** Printing lists the set, which TLC cannot do either. */
  @Override
  public void print(StringBuilder out) {
    throw notListable();
  }
}

package tlacheck.eval;

import java.util.Arrays;
import java.util.Map;
import tlacheck.source.Span;
import tlacheck.value.Value;

/**
 * The body of an operator constant that the model configuration gives point by point
 * ({@code CONSTANT F(0) = 1  F(1) = 5}), as TLC allows: a table from argument lists to values.
 * Applied to arguments not in the table it is an evaluation error, as in TLC.
 */
public final class PointwiseOperator extends Node {
  private final String name;
  private final int arity;
  private final Map<Arguments, Value> points;

  /** An argument list as a key of the table. */
  public record Arguments(Value[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Arguments a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("(");
      for (int i = 0; i < values.length; i++) {
        out.append(i == 0 ? "" : ", ").append(values[i]);
      }
      return out.append(')').toString();
    }
  }

  public PointwiseOperator(Span span, String name, int arity, Map<Arguments, Value> points) {
    super(span);
    this.name = name;
    this.arity = arity;
    this.points = Map.copyOf(points);
  }

  @Override
  public Value eval(Context ctx, Env env) {
    Value[] args = new Value[arity];
    Env e = env;
    for (int i = arity - 1; i >= 0; i--) {
      Object entry = e.entry;
      args[i] = entry instanceof Value v ? v : entry instanceof Thunk t ? t.force(ctx) : ((Node) entry).eval(ctx, null);
      e = e.parent;
    }
    Arguments key = new Arguments(args);
    Value value = points.get(key);
    if (value == null) {
      throw error("the operator " + name + ", given point by point in the model configuration, is not defined for "
          + "the arguments " + key + " (it is defined for " + points.keySet().stream().map(Arguments::toString).sorted()
          .toList() + ")");
    }
    return value;
  }
}

package tlacheck.eval.stdlib;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Node;
import tlacheck.value.Value;
import tlacheck.value.Values;

/**
 * The operators of one standard module while its file defines them: each module's
 * {@code define(OperatorTable)} fills one, and {@link StandardModules} hands it out, unmodifiable,
 * once filled.
 *
 * <p>Operators that are functions of their values ({@link #constant}, {@link #unary},
 * {@link #binary}, {@link #nary}) need only that function; operators that take an operator
 * argument or act on the run (Print, SelectSeq, TLCGet, ...) build their own node
 * ({@link #node}).
 */
final class OperatorTable {
  private final Map<String, BuiltinOp> operators = new HashMap<>();

  /** Every operator of the standard module {@code module}, as when Integers extends Naturals. */
  void extend(String module) {
    operators.putAll(StandardModules.module(module));
  }

  void constant(String name, Value value) {
    operators.put(name, new BuiltinOp(name, new int[0], (s, a, o) -> new CoreNodes.Const(s, value), null, Node.CONSTANT));
  }

  void unary(String name, CallNodes.Fn1 fn) {
    operators.put(name, new BuiltinOp(name, new int[] {0}, (s, a, o) -> new CallNodes.Builtin1(s, a[0], fn),
        v -> fn.apply(v[0]), Node.CONSTANT));
  }

  void binary(String name, CallNodes.Fn2 fn) {
    operators.put(name, new BuiltinOp(name, new int[] {0, 0}, (s, a, o) -> new CallNodes.Builtin2(s, a[0], a[1], fn),
        v -> fn.apply(v[0], v[1]), Node.CONSTANT));
  }

  /** An operator of {@code arity} values; {@code level} STATE when its value may change between calls. */
  void nary(String name, int arity, CallNodes.FnN fn, int level) {
    operators.put(name, new BuiltinOp(name, new int[arity], (s, a, o) -> {
      Node node = new CallNodes.BuiltinN(s, a, fn);
      node.level = Math.max(node.level, level);
      return node;
    }, fn::apply, level));
  }

  /**
   * An operator that builds its own node; {@code paramArities} per parameter, 0 for a value and n
   * for an operator of n arguments. It cannot be passed as an argument (it has no function).
   */
  void node(String name, int[] paramArities, BuiltinOp.Factory factory, int level) {
    operators.put(name, new BuiltinOp(name, paramArities, factory, null, level));
  }

  /**
   * The filled table, read-only. It wraps the table rather than copying it ({@code Map.copyOf}
   * would iterate in an order that changes from run to run), so scopes built from it list the
   * operators in the same order on every run.
   */
  Map<String, BuiltinOp> unmodifiable() {
    return Collections.unmodifiableMap(operators);
  }

  /** {@code v} as an integer, or a ValueException naming {@code op}. */
  static int integer(Value v, String op) {
    return Values.asInt(v, op);
  }
}

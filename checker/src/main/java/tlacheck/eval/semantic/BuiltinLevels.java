package tlacheck.eval.semantic;

import java.util.IdentityHashMap;
import java.util.Map;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.stdlib.StandardModules;

/**
 * The highest level each argument of a built-in operator may have, as SANY (TLC 2.18) allows it.
 * Most constructs of TLA+ itself ({@code =}, {@code \in}, sets, tuples, function application,
 * EXCEPT) take any argument but a temporal formula. The standard modules' operators are TLA+
 * definitions for SANY, so their limits follow from their bodies; those listed here were measured
 * one by one with SANY ({@code Len([]x)} is refused, {@code Print(c, []x)} is not). An operator
 * not listed takes any level.
 */
final class BuiltinLevels {
  /** Constructs and operators of TLA+ itself, by canonical name: every argument at most an action. */
  private static final java.util.Set<String> NON_TEMPORAL = java.util.Set.of("=", "/=", "\\in", "\\notin",
      "\\cup", "\\cap", "\\", "\\subseteq", "SUBSET", "UNION", "DOMAIN", "\\X");

  private static final Map<BuiltinOp, int[]> STANDARD = standard();

  private static Map<BuiltinOp, int[]> standard() {
    Map<BuiltinOp, int[]> table = new IdentityHashMap<>();
    int a = Level.ACTION;
    int t = Level.TEMPORAL;
    for (String module : new String[] {"Naturals", "Integers"}) {
      for (String op : new String[] {"+", "-", "*", "^", "<", ">", "<=", ">=", "%", "\\div", ".."}) {
        put(table, module, op, a, a);
      }
      put(table, module, "-.", a);
    }
    for (String op : new String[] {"Seq", "Len", "Head", "Tail"}) {
      put(table, "Sequences", op, a);
    }
    put(table, "Sequences", "\\o", a, a);
    put(table, "Sequences", "Append", a, a);
    put(table, "Sequences", "SubSeq", a, a, a);
    put(table, "FiniteSets", "Cardinality", a);
    put(table, "FiniteSets", "IsFiniteSet", a);
    put(table, "TLC", "ToString", a);
    put(table, "TLC", "Permutations", a);
    put(table, "TLC", ":>", a, t);
    put(table, "TLC", "@@", a, a);
    put(table, "TLC", "Assert", a, t);
    return table;
  }

  private static void put(Map<BuiltinOp, int[]> table, String module, String name, int... limits) {
    Map<String, BuiltinOp> operators = StandardModules.module(module);
    BuiltinOp op = operators == null ? null : operators.get(name);
    if (op != null && op.arity() == limits.length) {
      table.put(op, limits);
    }
  }

  /** The highest level argument {@code index} of TLA+'s own operator {@code name} may have. */
  static int builtIn(String name) {
    return NON_TEMPORAL.contains(name) ? Level.ACTION : Level.TEMPORAL;
  }

  static boolean isBuiltIn(String name) {
    return NON_TEMPORAL.contains(name);
  }

  /** The highest level argument {@code index} of a standard module's operator may have. */
  static int standard(BuiltinOp op, int index) {
    int[] limits = STANDARD.get(op);
    return limits == null || index >= limits.length ? Level.TEMPORAL : limits[index];
  }

  private BuiltinLevels() {}
}

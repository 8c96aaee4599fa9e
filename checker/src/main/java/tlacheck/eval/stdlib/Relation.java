package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.Functions.set;

import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule Relation (which extends Naturals and FiniteSets): properties of a relation
 * over a set S, given as a boolean function on {@code S \X S} ({@code IsReflexive(R, S)}, read
 * {@code R[x, y]}) or as an operator ({@code IsReflexiveUnder(op, S)}, whose definition builds
 * that function; TLC evaluates its entries only when read, as here). The quantifiers run over S
 * in its order and stop at the first counterexample, as TLC evaluates the definitions; the
 * closures are computed once (Warshall) rather than by the definition's doubling recursion,
 * with the same result: the paths whose steps stay in S.
 */
final class Relation {
  private Relation() {}

  /** R[x, y] for the elements of S. */
  private interface Rel {
    boolean holds(Value x, Value y);
  }

  /** A property of a relation over the elements of S, listed in order. */
  private interface Property {
    boolean of(Rel r, Value[] s);
  }

  static void define(OperatorTable relation) {
    relation.extend("Naturals");
    relation.extend("FiniteSets");
    property(relation, "IsReflexive", Relation::reflexive);
    property(relation, "IsIrreflexive", Relation::irreflexive);
    property(relation, "IsSymmetric", Relation::symmetric);
    property(relation, "IsAntiSymmetric", Relation::antiSymmetric);
    property(relation, "IsAsymmetric", Relation::asymmetric);
    property(relation, "IsTransitive", Relation::transitive);
    property(relation, "IsStrictlyPartiallyOrdered",
        (r, s) -> irreflexive(r, s) && antiSymmetric(r, s) && transitive(r, s));
    property(relation, "IsPartiallyOrdered", (r, s) -> reflexive(r, s) && antiSymmetric(r, s) && transitive(r, s));
    property(relation, "IsStrictlyTotallyOrdered", (r, s) -> irreflexive(r, s) && antiSymmetric(r, s)
        && transitive(r, s) && all(s, (x, y) -> Values.tlaEquals(x, y) || r.holds(x, y) || r.holds(y, x)));
    property(relation, "IsTotallyOrdered", (r, s) -> reflexive(r, s) && antiSymmetric(r, s) && transitive(r, s)
        && all(s, (x, y) -> r.holds(x, y) || r.holds(y, x)));
    relation.binary("TransitiveClosure", (r, s) -> closure(r, s, false));
    relation.binary("ReflexiveTransitiveClosure", (r, s) -> closure(r, s, true));
    relation.binary("IsConnected", (r, sv) -> {
      Value[] s = set(sv, "IsConnected").elements();
      boolean[][] reach = reach(function(r, "IsConnected"), s);
      for (int i = 0; i < s.length; i++) {
        for (int j = 0; j < s.length; j++) {
          if (!reach[i][j] && !Values.tlaEquals(s[i], s[j])) {
            return BoolValue.FALSE;
          }
        }
      }
      return BoolValue.TRUE;
    });
  }

  /** Defines {@code name(R, S)} and {@code nameUnder(op, S)}. */
  private static void property(OperatorTable relation, String name, Property p) {
    relation.binary(name, (r, s) -> {
      FunctionValue f = function(r, name);
      return BoolValue.of(p.of((x, y) -> entry(f, x, y), set(s, name).elements()));
    });
    String under = name + "Under";
    HigherOrder.define(relation, under, new int[] {2, 0}, (v, ops) -> {
      Operator op = ops[0];
      return BoolValue.of(p.of(op::test, set(v[1], under).elements()));
    });
  }

  private static FunctionValue function(Value r, String op) {
    return Values.asFunction(r, op);
  }

  /** {@code R[x, y]}, which must be a boolean. */
  private static boolean entry(FunctionValue r, Value x, Value y) {
    Value v = r.apply(TupleValue.of(x, y));
    if (v instanceof BoolValue b) {
      return b.value();
    }
    throw new ValueException("the relation " + r + " maps <<" + x + ", " + y + ">> to " + Values.describe(v)
        + ", not to a boolean");
  }

  private static boolean all(Value[] s, Rel p) {
    for (Value x : s) {
      for (Value y : s) {
        if (!p.holds(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean reflexive(Rel r, Value[] s) {
    for (Value x : s) {
      if (!r.holds(x, x)) {
        return false;
      }
    }
    return true;
  }

  private static boolean irreflexive(Rel r, Value[] s) {
    for (Value x : s) {
      if (r.holds(x, x)) {
        return false;
      }
    }
    return true;
  }

  private static boolean symmetric(Rel r, Value[] s) {
    return all(s, (x, y) -> r.holds(x, y) == r.holds(y, x));
  }

  private static boolean antiSymmetric(Rel r, Value[] s) {
    return all(s, (x, y) -> !(r.holds(x, y) && r.holds(y, x)) || Values.tlaEquals(x, y));
  }

  private static boolean asymmetric(Rel r, Value[] s) {
    return all(s, (x, y) -> !(r.holds(x, y) && r.holds(y, x)));
  }

  private static boolean transitive(Rel r, Value[] s) {
    for (Value x : s) {
      for (Value y : s) {
        for (Value z : s) {
          if (r.holds(x, y) && r.holds(y, z) && !r.holds(x, z)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether there is a path of one or more steps from s[i] to s[j] through elements of S. */
  private static boolean[][] reach(FunctionValue r, Value[] s) {
    int n = s.length;
    boolean[][] reach = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        reach[i][j] = entry(r, s[i], s[j]);
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        if (reach[i][k]) {
          for (int j = 0; j < n; j++) {
            reach[i][j] |= reach[k][j];
          }
        }
      }
    }
    return reach;
  }

  /** {@code [x, y \in S |-> ...]} of the (reflexive) transitive closure. */
  private static Value closure(Value rv, Value sv, boolean reflexive) {
    String op = reflexive ? "ReflexiveTransitiveClosure" : "TransitiveClosure";
    Value[] s = set(sv, op).elements();
    boolean[][] reach = reach(function(rv, op), s);
    int n = s.length;
    Value[] keys = new Value[n * n];
    Value[] values = new Value[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        keys[i * n + j] = TupleValue.of(s[i], s[j]);
        values[i * n + j] = BoolValue.of(reach[i][j] || reflexive && Values.tlaEquals(s[i], s[j]));
      }
    }
    return Values.functionUnsorted(keys, values);
  }
}

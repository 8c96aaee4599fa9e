package tlacheck.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tableau automaton against the semantics of LTL, by brute force: for random formulas over two
 * state atoms and random lasso-shaped behaviours, the automaton accepts the behaviour exactly when
 * the formula, evaluated directly on the lasso, holds at its first position.
 */
class TableauTest {
  private final Random random = new Random(20240611);

  private Ltl randomFormula(int depth) {
    int choice = depth == 0 ? random.nextInt(3) : random.nextInt(7);
    switch (choice) {
      case 0:
      case 1:
        return new Ltl.Lit(random.nextInt(2), random.nextBoolean());
      case 2:
        return new Ltl.Const(random.nextInt(4) != 0);
      case 3:
        return new Ltl.And(randomFormula(depth - 1), randomFormula(depth - 1));
      case 4:
        return new Ltl.Or(randomFormula(depth - 1), randomFormula(depth - 1));
      case 5:
        return new Ltl.Until(randomFormula(depth - 1), randomFormula(depth - 1));
      default:
        return new Ltl.Release(randomFormula(depth - 1), randomFormula(depth - 1));
    }
  }

  /** A lasso: positions 0..n-1, position n-1 is followed by {@code loop}; atoms per position. */
  private record Lasso(boolean[][] atoms, int loop) {
    int next(int i) {
      return i + 1 < atoms.length ? i + 1 : loop;
    }
  }

  /** Direct semantics: whether f holds at position i (an until is decided within 2n positions). */
  private static boolean holds(Ltl f, Lasso w, int i) {
    if (f instanceof Ltl.Lit lit) {
      return w.atoms()[i][lit.atom()] == lit.positive();
    }
    if (f instanceof Ltl.Const c) {
      return c.value();
    }
    if (f instanceof Ltl.And a) {
      return holds(a.left(), w, i) && holds(a.right(), w, i);
    }
    if (f instanceof Ltl.Or o) {
      return holds(o.left(), w, i) || holds(o.right(), w, i);
    }
    if (f instanceof Ltl.Until u) {
      int j = i;
      for (int steps = 0; steps < 2 * w.atoms().length; steps++, j = w.next(j)) {
        if (holds(u.right(), w, j)) {
          return true;
        }
        if (!holds(u.left(), w, j)) {
          return false;
        }
      }
      return false;
    }
    Ltl.Release r = (Ltl.Release) f;
    // g R h == ~(~g U ~h): h holds until and including a position where g holds, or forever.
    int j = i;
    for (int steps = 0; steps < 2 * w.atoms().length; steps++, j = w.next(j)) {
      if (!holds(r.right(), w, j)) {
        return false;
      }
      if (holds(r.left(), w, j)) {
        return true;
      }
    }
    return true;
  }

  /** Whether the automaton has an accepting run on the lasso (brute force on the small product). */
  private static boolean accepts(Tableau t, Lasso w) {
    int n = w.atoms().length;
    int size = n * t.size();
    boolean[][] edge = new boolean[size][size];
    boolean[] valid = new boolean[size];
    for (int i = 0; i < n; i++) {
      for (int q = 0; q < t.size(); q++) {
        boolean ok = true;
        for (Ltl.Lit lit : t.labels.get(q)) {
          ok &= w.atoms()[i][lit.atom()] == lit.positive();
        }
        valid[i * t.size() + q] = ok;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int q = 0; q < t.size(); q++) {
        for (int q2 : t.successors.get(q)) {
          int from = i * t.size() + q;
          int to = w.next(i) * t.size() + q2;
          edge[from][to] = valid[from] && valid[to];
        }
      }
    }
    boolean[][] reach = new boolean[size][];
    for (int a = 0; a < size; a++) {
      reach[a] = edge[a].clone();
    }
    for (int k = 0; k < size; k++) {
      for (int a = 0; a < size; a++) {
        if (reach[a][k]) {
          for (int b = 0; b < size; b++) {
            reach[a][b] |= reach[k][b];
          }
        }
      }
    }
    for (int q0 = 0; q0 < t.size(); q0++) {
      if (!t.initial.get(q0) || !valid[q0]) {
        continue;
      }
      // An accepting run: reach a node on a cycle whose component meets every acceptance set.
      for (int v = 0; v < size; v++) {
        if ((v == q0 || reach[q0][v]) && reach[v][v] && meetsAll(t, reach, v, size)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean meetsAll(Tableau t, boolean[][] reach, int v, int size) {
    for (boolean[] set : t.accepting) {
      boolean met = false;
      for (int u = 0; u < size && !met; u++) {
        met = reach[v][u] && reach[u][v] && set[u % t.size()];
      }
      if (!met) {
        return false;
      }
    }
    return true;
  }

  @Test
  void acceptsExactlyTheLassosSatisfyingTheFormula() {
    for (int trial = 0; trial < 3000; trial++) {
      Ltl f = randomFormula(1 + random.nextInt(3));
      Tableau t = Tableau.of(f);
      for (int w = 0; w < 4; w++) {
        int n = 1 + random.nextInt(4);
        boolean[][] atoms = new boolean[n][2];
        for (boolean[] position : atoms) {
          position[0] = random.nextBoolean();
          position[1] = random.nextBoolean();
        }
        Lasso lasso = new Lasso(atoms, random.nextInt(n));
        assertEquals(holds(f, lasso, 0), accepts(t, lasso), () -> f + " on " + java.util.Arrays.deepToString(atoms)
            + " looping to " + lasso.loop());
      }
    }
  }
}

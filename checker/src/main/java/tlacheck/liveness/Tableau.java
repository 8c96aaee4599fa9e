package tlacheck.liveness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tlacheck.eval.Node;

/**
 * A generalised Büchi automaton accepting exactly the behaviours that satisfy an {@link Ltl}
 * formula, built by the tableau construction of Gerth, Peled, Vardi and Wolper ("Simple
 * on-the-fly automatic verification of linear temporal logic", 1995).
 *
 * <p>Each automaton state carries the literals that must hold at the current position of the
 * behaviour (state literals in the current state, action literals on the step to the next
 * state) and the obligations passed on to the next position. A run is accepting when, for every
 * until-subformula {@code g U h}, it passes infinitely often through a state that either does
 * not owe {@code g U h} or has {@code h} in it ({@link #accepting}).
 *
 * <p>The construction is exponential in the formula in the worst case; temporal properties are
 * small, and the checker splits a property's conjunctions before building automata.
 */
final class Tableau {
  /** Automaton states: the literals each requires, its successors, whether it is initial. */
  final List<List<Ltl.Lit>> labels = new ArrayList<>();
  final List<int[]> successors = new ArrayList<>();
  final List<Boolean> initial = new ArrayList<>();
  /** {@code accepting[k][q]}: state q is in the k-th acceptance set. */
  boolean[][] accepting;

  int size() {
    return labels.size();
  }

  private static final int INIT = -1;

  /** A node of the construction: Old (processed), New (to process), Next (for the successor). */
  private static final class Node {
    final Set<Integer> incoming;
    final Set<Ltl> old;
    final Set<Ltl> todo;
    final Set<Ltl> next;

    Node(Set<Integer> incoming, Set<Ltl> old, Set<Ltl> todo, Set<Ltl> next) {
      this.incoming = incoming;
      this.old = old;
      this.todo = todo;
      this.next = next;
    }

    Node copy() {
      return new Node(new LinkedHashSet<>(incoming), new LinkedHashSet<>(old), new LinkedHashSet<>(todo),
          new LinkedHashSet<>(next));
    }
  }

  static Tableau of(Ltl formula) {
    List<Node> done = new ArrayList<>();
    ArrayDeque<Node> work = new ArrayDeque<>();
    Set<Integer> init = new LinkedHashSet<>();
    init.add(INIT);
    Set<Ltl> first = new LinkedHashSet<>();
    first.add(formula);
    work.push(new Node(init, new LinkedHashSet<>(), first, new LinkedHashSet<>()));
    while (!work.isEmpty()) {
      Node node = work.pop();
      if (node.todo.isEmpty()) {
        finish(node, done, work);
        continue;
      }
      Ltl f = node.todo.iterator().next();
      node.todo.remove(f);
      if (node.old.contains(f)) {
        work.push(node);
      } else if (f instanceof Ltl.Const c) {
        if (c.value()) {
          node.old.add(f); // recorded, so that "h in Old" of an acceptance set sees h = TRUE
          work.push(node);
        }
      } else if (f instanceof Ltl.Lit lit) {
        if (!node.old.contains(lit.negated())) {
          node.old.add(f);
          work.push(node);
        }
      } else if (f instanceof Ltl.And and) {
        node.old.add(f);
        addTodo(node, and.left());
        addTodo(node, and.right());
        work.push(node);
      } else if (f instanceof Ltl.Or or) {
        Node other = node.copy();
        node.old.add(f);
        addTodo(node, or.left());
        other.old.add(f);
        addTodo(other, or.right());
        work.push(other);
        work.push(node);
      } else if (f instanceof Ltl.Until u) {
        // g U h == h \/ (g /\ X(g U h))
        Node other = node.copy();
        node.old.add(f);
        addTodo(node, u.right());
        other.old.add(f);
        addTodo(other, u.left());
        other.next.add(f);
        work.push(other);
        work.push(node);
      } else {
        // g R h == h /\ (g \/ X(g R h))
        Ltl.Release r = (Ltl.Release) f;
        Node other = node.copy();
        node.old.add(f);
        addTodo(node, r.left());
        addTodo(node, r.right());
        other.old.add(f);
        addTodo(other, r.right());
        other.next.add(f);
        work.push(other);
        work.push(node);
      }
    }
    return automaton(done);
  }

  private static void addTodo(Node node, Ltl f) {
    if (!node.old.contains(f)) {
      node.todo.add(f);
    }
  }

  /** A fully processed node: merge it with an equal one, or keep it and expand its successor. */
  private static void finish(Node node, List<Node> done, ArrayDeque<Node> work) {
    for (Node existing : done) {
      if (existing.old.equals(node.old) && existing.next.equals(node.next)) {
        existing.incoming.addAll(node.incoming);
        return;
      }
    }
    int id = done.size();
    done.add(node);
    Set<Integer> incoming = new LinkedHashSet<>();
    incoming.add(id);
    work.push(new Node(incoming, new LinkedHashSet<>(), new LinkedHashSet<>(node.next), new LinkedHashSet<>()));
  }

  private static Tableau automaton(List<Node> nodes) {
    Tableau t = new Tableau();
    List<List<Integer>> successors = new ArrayList<>();
    for (Node node : nodes) {
      List<Ltl.Lit> label = new ArrayList<>();
      for (Ltl f : node.old) {
        if (f instanceof Ltl.Lit lit) {
          label.add(lit);
        }
      }
      t.labels.add(label);
      t.initial.add(node.incoming.contains(INIT));
      successors.add(new ArrayList<>());
    }
    for (int q = 0; q < nodes.size(); q++) {
      for (int from : nodes.get(q).incoming) {
        if (from != INIT) {
          successors.get(from).add(q);
        }
      }
    }
    for (List<Integer> s : successors) {
      t.successors.add(s.stream().mapToInt(Integer::intValue).toArray());
    }
    Set<Ltl.Until> untils = new LinkedHashSet<>();
    for (Node node : nodes) {
      for (Ltl f : node.old) {
        if (f instanceof Ltl.Until u) {
          untils.add(u);
        }
      }
    }
    List<Ltl.Until> ordered = new ArrayList<>(untils);
    t.accepting = new boolean[ordered.size()][nodes.size()];
    for (int k = 0; k < ordered.size(); k++) {
      Ltl.Until u = ordered.get(k);
      for (int q = 0; q < nodes.size(); q++) {
        Set<Ltl> old = nodes.get(q).old;
        t.accepting[k][q] = !old.contains(u) || old.contains(u.right());
      }
    }
    return t;
  }
}

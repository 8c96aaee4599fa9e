package tlacheck.examples;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A breadth-first explorer that computes the numbers TLC reports, by brute force, for an {@link
 * OracleModel}. It follows TLC's order of checks with one worker:
 *
 * <ol>
 *   <li>Each generated initial state is counted; a new one is checked against the invariants
 *       (a violation there has trace length 1) and queued at level 1.
 *   <li>States leave the queue in BFS order. Evaluating Next may hit a failing {@code Assert}: the
 *       trace is the path to the state being expanded. Each generated successor is counted. A
 *       successor inside the constraint that is new gets level + 1, is checked against the
 *       invariants and is queued. A successor outside the constraint is checked against the
 *       invariants (TLC does) but is neither stored nor explored.
 *   <li>A state that generated no successor at all is a deadlock when deadlock checking is on.
 * </ol>
 *
 * <p>Because every state of level k is checked before any state of level k + 1, the first
 * violation found is at the least possible level: its trace length is that of a shortest
 * counterexample.
 */
final class BreadthFirstOracle {
  private BreadthFirstOracle() {}

  /** What checking a model found, in the terms of examples/manifest.json. */
  record Outcome(
      String result,
      String violated,
      long traceLength,
      long distinctStates,
      long totalStates,
      long stateDepth) {

    static Outcome success(long distinct, long total, long depth) {
      return new Outcome("success", null, 0, distinct, total, depth);
    }

    static Outcome safety(String violated, long traceLength) {
      return new Outcome("safety failure", violated, traceLength, 0, 0, 0);
    }

    static Outcome deadlock(long traceLength) {
      return new Outcome("deadlock failure", null, traceLength, 0, 0, 0);
    }
  }

  static <S> Outcome check(OracleModel<S> model) {
    Map<S, Integer> levelOf = new HashMap<>();
    ArrayDeque<S> queue = new ArrayDeque<>();
    long generated = 0;
    int depth = 0;

    for (S initial : model.initialStates()) {
      generated++;
      if (!model.withinConstraint(initial)) {
        throw new IllegalStateException("initial states outside the constraint are not modelled");
      }
      if (levelOf.putIfAbsent(initial, 1) == null) {
        String broken = firstViolated(model, initial);
        if (broken != null) {
          return Outcome.safety(broken, 1);
        }
        queue.add(initial);
        depth = 1;
      }
    }

    while (!queue.isEmpty()) {
      S current = queue.poll();
      int level = levelOf.get(current);
      List<S> next;
      try {
        next = model.successors(current);
      } catch (OracleModel.AssertFailure failure) {
        return Outcome.safety(null, level);
      }
      generated += next.size();
      for (S successor : next) {
        if (model.withinConstraint(successor)) {
          if (levelOf.putIfAbsent(successor, level + 1) == null) {
            String broken = firstViolated(model, successor);
            if (broken != null) {
              return Outcome.safety(broken, level + 1);
            }
            queue.add(successor);
            depth = Math.max(depth, level + 1);
          }
        } else {
          String broken = firstViolated(model, successor);
          if (broken != null) {
            return Outcome.safety(broken, level + 1);
          }
        }
      }
      if (next.isEmpty() && model.checkDeadlock()) {
        return Outcome.deadlock(level);
      }
    }
    return Outcome.success(levelOf.size(), generated, depth);
  }

  private static <S> String firstViolated(OracleModel<S> model, S state) {
    for (Map.Entry<String, Predicate<S>> invariant : model.invariants().entrySet()) {
      if (!invariant.getValue().test(state)) {
        return invariant.getKey();
      }
    }
    return null;
  }
}

package tlacheck.mc;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.ActionLabel;
import tlacheck.eval.EvalException;
import tlacheck.source.TlaError;
import tlacheck.value.Value;

/**
 * Breadth-first exploration of a model's state graph, one level at a time, so that the first
 * violation found lies on a shortest path and its trace is a shortest counterexample.
 *
 * <p>Per state the engine keeps only its fingerprint in the seen set and a parent link in the
 * {@link TraceIndex}; the states themselves live only in the current and next level. A trace is
 * rebuilt by replaying the model along the chain of fingerprints ({@link #replay}).
 *
 * <p>Counts follow TLC: every initial state and every successor computed is "generated"; a
 * successor outside the state or action constraints is generated but not explored; invariants
 * are checked on each new state; a state with no successor at all is a deadlock.
 */
public final class Explorer {
  private final Model model;
  private final CheckOptions options;
  private final Progress progress;

  private final LongOpenHashSet seen = new LongOpenHashSet();
  private final TraceIndex traceIndex = new TraceIndex();
  private final List<Violation> violations = new ArrayList<>();
  private final boolean[] invariantViolated;
  private boolean deadlockFound;
  private long generated;
  private int depth;
  private boolean stop;
  private long startNanos = System.nanoTime();

  /** Receives periodic statistics during long runs. */
  public interface Progress {
    Progress NONE = stats -> {};

    void report(Stats stats);
  }

  public Explorer(Model model, CheckOptions options, Progress progress) {
    this.model = model;
    this.options = options;
    this.progress = progress;
    this.invariantViolated = new boolean[model.invariantCount()];
  }

  /** A level of the search: the states with their trace indexes. */
  private static final class Level {
    final List<Value[]> states = new ArrayList<>();
    int[] indexes = new int[64];

    void add(Value[] state, int index) {
      if (states.size() == indexes.length) {
        indexes = java.util.Arrays.copyOf(indexes, indexes.length * 2);
      }
      indexes[states.size()] = index;
      states.add(state);
    }

    int size() {
      return states.size();
    }
  }

  public CheckResult run() {
    long start = startNanos;
    long lastReport = start;
    Level initial = new Level();
    try {
      model.initialStates((state, label) -> {
        generated++;
        if (stop) {
          return;
        }
        admit(state, -1, initial);
      }, false);
    } catch (TlaError e) {
      fail(e, -1);
      return finish(start, 0, false);
    }
    Level next = initial;
    Level current;
    while (!stop && next.size() > 0) {
      current = next;
      depth++;
      Level upcoming = new Level();
      model.setLevel(depth);
      for (int i = 0; i < current.size() && !stop; i++) {
        Value[] state = current.states.get(i);
        current.states.set(i, null);
        int index = current.indexes[i];
        int[] successors = {0};
        try {
          model.successors(state, (successor, label) -> {
            generated++;
            successors[0]++;
            if (!model.satisfiesConstraints(successor) || !model.satisfiesActionConstraints(state, successor)) {
              return;
            }
            admit(successor, index, upcoming);
          }, false);
        } catch (TlaError e) {
          fail(e, index);
          return finish(start, upcoming.size() + current.size() - i - 1, false);
        }
        if (successors[0] == 0 && options.checkDeadlock() && !deadlockFound) {
          deadlockFound = true;
          violations.add(new Violation(Violation.Kind.DEADLOCK, null, null, replay(index)));
          if (!options.allProperties()) {
            stop = true;
            return finish(start, upcoming.size() + current.size() - i - 1, false);
          }
        }
        long now = System.nanoTime();
        if (now - lastReport > 5_000_000_000L) {
          lastReport = now;
          progress.report(new Stats(generated, seen.size(), upcoming.size() + current.size() - i - 1, depth,
              (now - start) / 1e9));
        }
      }
      if (stop) {
        return finish(start, upcoming.size(), false);
      }
      next = upcoming;
    }
    return finish(start, stop ? next.size() : 0, !stop);
  }

  /** Adds a state if it is new: records it, checks the invariants, queues it. */
  private void admit(Value[] state, int parent, Level level) {
    if (parent < 0 && !model.satisfiesConstraints(state)) {
      return;
    }
    long fp = model.fingerprint(state);
    if (!seen.add(fp)) {
      return;
    }
    int index = traceIndex.add(fp, parent);
    for (int k = 0; k < invariantViolated.length; k++) {
      if (invariantViolated[k]) {
        continue;
      }
      boolean holds;
      try {
        holds = model.invariantHolds(k, state);
      } catch (TlaError e) {
        fail(e, index);
        return;
      }
      if (!holds) {
        invariantViolated[k] = true;
        violations.add(new Violation(Violation.Kind.INVARIANT, model.invariantName(k), null, replay(index)));
        if (!options.allProperties()) {
          stop = true;
          return;
        }
      }
    }
    level.add(state, index);
  }

  private void fail(TlaError e, int index) {
    Violation.Kind kind = e instanceof EvalException.AssertionFailed ? Violation.Kind.ASSERT : Violation.Kind.EVALUATION;
    List<TraceStep> trace;
    try {
      trace = index < 0 ? List.of() : replay(index);
    } catch (TlaError again) {
      trace = List.of();
    }
    violations.add(new Violation(kind, null, e.render(), trace));
    stop = true;
    throw new Failed(e, trace);
  }

  /** Carries an evaluation error out of the enumeration callbacks. */
  private static final class Failed extends RuntimeException {
    Failed(TlaError cause, List<TraceStep> trace) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private CheckResult finish(long start, long leftOnQueue, boolean complete) {
    double seconds = (System.nanoTime() - start) / 1e9;
    return new CheckResult(List.copyOf(violations), new Stats(generated, seen.size(), leftOnQueue, depth, seconds),
        complete);
  }

  /**
   * Rebuilds the states on the path to a state by replaying the model: from the initial state
   * with the first fingerprint, each next state is the successor with the next fingerprint.
   */
  List<TraceStep> replay(int index) {
    long[] path = traceIndex.pathTo(index);
    List<TraceStep> steps = new ArrayList<>();
    Value[][] found = new Value[1][];
    ActionLabel[] how = new ActionLabel[1];
    model.initialStates((state, label) -> {
      if (found[0] == null && model.fingerprint(state) == path[0]) {
        found[0] = state;
      }
    }, false);
    if (found[0] == null) {
      throw new IllegalStateException("trace replay found no initial state with fingerprint " + path[0]
          + ": the initial predicate is not deterministic (e.g. it uses RandomElement or TLCGet)");
    }
    steps.add(new TraceStep(null, found[0]));
    for (int i = 1; i < path.length; i++) {
      Value[] previous = found[0];
      long wanted = path[i];
      found[0] = null;
      model.setLevel(i);
      model.successors(previous, (state, label) -> {
        if (found[0] == null && model.fingerprint(state) == wanted) {
          found[0] = state;
          how[0] = label;
        }
      }, true);
      if (found[0] == null) {
        throw new IllegalStateException("trace replay could not find step " + (i + 1)
            + ": the next-state relation is not deterministic (e.g. it uses RandomElement or TLCGet)");
      }
      steps.add(new TraceStep(how[0], found[0]));
    }
    model.setLevel(depth);
    return steps;
  }

  /** Runs the exploration, turning an evaluation failure into a result. */
  public static CheckResult check(Model model, CheckOptions options, Progress progress) {
    Explorer explorer = new Explorer(model, options, progress);
    try {
      return explorer.run();
    } catch (Failed e) {
      return explorer.finish(explorer.startNanos, 0, false);
    }
  }
}

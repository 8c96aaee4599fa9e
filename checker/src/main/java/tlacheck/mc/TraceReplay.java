package tlacheck.mc;

import java.util.ArrayList;
import java.util.List;
import tlacheck.value.Value;

/**
 * Rebuilds the states on the path to a state by replaying the model along the chain of
 * fingerprints the {@link TraceIndex} keeps: from the initial state with the first fingerprint,
 * each next state is the successor with the next fingerprint. This needs a deterministic model,
 * and the error says so when replay finds no such state.
 */
final class TraceReplay {
  private final Model model;
  private final TraceIndex index;
  private final ModelError.Classifier errors;

  TraceReplay(Model model, TraceIndex index, ModelError.Classifier errors) {
    this.model = model;
    this.index = index;
    this.errors = errors;
  }

  /** The trace to the state with trace index {@code to}; {@code depth} is the level to restore. */
  List<TraceStep> replay(int to, int depth) {
    return replay(index.pathTo(to), depth);
  }

  /**
   * The trace to a state that has no trace index (one outside the constraints): through the state
   * with index {@code parent} (-1: none, the state is an initial state) to the state with
   * {@code fingerprint}.
   */
  List<TraceStep> replay(int parent, long fingerprint, int depth) {
    long[] toParent = parent < 0 ? new long[0] : index.pathTo(parent);
    long[] path = java.util.Arrays.copyOf(toParent, toParent.length + 1);
    path[toParent.length] = fingerprint;
    return replay(path, depth);
  }

  private List<TraceStep> replay(long[] path, int depth) {
    List<TraceStep> steps = new ArrayList<>();
    Value[][] found = new Value[1][];
    ActionLabel[] how = new ActionLabel[1];
    try {
      model.initialStates((state, label) -> {
        if (found[0] == null && model.fingerprint(state) == path[0]) {
          found[0] = state;
        }
      }, false);
    } catch (RuntimeException | StackOverflowError thrown) {
      if (found[0] == null || errors.classify(thrown) == null) {
        throw thrown; // Found after the state sought, the same failure as in the search: the trace stands.
      }
    }
    if (found[0] == null) {
      throw new IllegalStateException("trace replay found no initial state with fingerprint " + path[0]
          + ": the initial predicate is not deterministic (e.g. it uses RandomElement or TLCGet)");
    }
    steps.add(new TraceStep(null, found[0]));
    for (int i = 1; i < path.length; i++) {
      Value[] previous = found[0];
      long wanted = path[i];
      found[0] = null;
      model.beginLevel(i);
      try {
        model.successors(previous, (state, label) -> {
          if (found[0] == null && model.fingerprint(state) == wanted) {
            found[0] = state;
            how[0] = label;
          }
        }, true);
      } catch (RuntimeException | StackOverflowError thrown) {
        if (found[0] == null || errors.classify(thrown) == null) {
        throw thrown; // Found after the state sought, the same failure as in the search: the trace stands.
      }
      }
      if (found[0] == null) {
        throw new IllegalStateException("trace replay could not find step " + (i + 1)
            + ": the next-state relation is not deterministic (e.g. it uses RandomElement or TLCGet)");
      }
      steps.add(new TraceStep(how[0], found[0]));
    }
    model.beginLevel(depth);
    return steps;
  }
}

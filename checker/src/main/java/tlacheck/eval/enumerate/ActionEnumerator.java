package tlacheck.eval.enumerate;

import tlacheck.eval.ActionCall;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.value.Value;

/**
 * Enumerates the states that satisfy an initial predicate, or the successors of a state under
 * a next-state relation, the way TLC does it ("conjunct continuation", see {@link ConjunctWalk});
 * also the initial states of one part of a split between workers ({@link InitialSplit}), and
 * whether an action is enabled.
 *
 * <p>One enumerator serves one thread, one enumeration at a time.
 */
public final class ActionEnumerator {
  /** Receives each enumerated state; the array is fresh and owned by the receiver. */
  public interface Sink {
    void accept(Value[] state, ActionCall label);
  }

  /** Receives each initial state of one part with its prefix number. */
  public interface PartSink {
    void accept(Value[] state, int prefix);
  }

  private final ConjunctWalk walk;

  public ActionEnumerator(String[] variableNames, RunServices runtime) {
    this.walk = new ConjunctWalk(variableNames, runtime);
  }

  public void initialStates(Node init, Sink sink, boolean recordLabels) {
    walk.startInitial();
    walk.run(init, null, sink, recordLabels, null);
  }

  /**
   * The number of prefixes at the given split depth: how finely {@link #initialStatesPart} can
   * divide the initial states.
   */
  public int countPrefixes(Node init, int depth) {
    InitialSplit split = new InitialSplit(depth, 0, 1, true);
    walk.split = depth == 0 ? null : split;
    try {
      initialStates(init, (state, label) -> {}, false);
      return split.prefixCount();
    } finally {
      walk.split = null;
    }
  }

  /** The initial states below the prefixes numbered {@code part} mod {@code parts}, each with its prefix. */
  public void initialStatesPart(Node init, int depth, int part, int parts, PartSink sink) {
    InitialSplit split = new InitialSplit(depth, part, parts, false);
    walk.split = depth == 0 ? null : split;
    try {
      initialStates(init, (state, label) -> sink.accept(state, split.currentPrefix()), false);
    } finally {
      walk.split = null;
    }
  }

  public void successors(Node next, Value[] state, Sink sink, boolean recordLabels, ActionCall rootLabel) {
    walk.startStep(state, "the next-state relation");
    walk.run(next, null, sink, recordLabels, rootLabel);
  }

  // ENABLED: the walk's partial successors, stopping at the first.

  /** While deciding ENABLED {@code <<A>>_v}: the box and its environment, else null. */
  private ActionNodes.ActionBox enabledAngle;
  private Env enabledEnv;
  private final Sink enabledSink = this::enabledSuccessor;

  /**
   * {@code ENABLED action} in {@code state}: whether some successor exists. Variables the action
   * leaves unassigned may take any value, so a partial successor counts; the search stops at
   * the first successor found.
   */
  public boolean enabled(Node action, Env env, Value[] state) {
    walk.startStep(state, "ENABLED");
    // <<A>>_v: an A step that changes v. A variable A leaves unassigned may change freely.
    ActionNodes.ActionBox angle = action instanceof ActionNodes.ActionBox box && box.angle ? box : null;
    Node body = angle == null ? action : angle.action;
    enabledAngle = angle;
    enabledEnv = env;
    walk.partialSuccessors = true;
    walk.found = false;
    try {
      walk.run(body, env, enabledSink, false, null);
      return walk.found;
    } finally {
      walk.partialSuccessors = false;
      walk.found = false;
      enabledAngle = null;
      enabledEnv = null;
    }
  }

  private void enabledSuccessor(Value[] successor, ActionCall label) {
    if (enabledAngle == null || hasUnassigned(successor) || !enabledAngle.subscriptUnchanged(walk.ctx, enabledEnv)) {
      walk.found = true;
    }
  }

  private static boolean hasUnassigned(Value[] state) {
    for (Value v : state) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }
}

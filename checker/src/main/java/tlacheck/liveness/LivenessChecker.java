package tlacheck.liveness;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.EvalException;
import tlacheck.eval.temporal.FairnessCondition;
import tlacheck.eval.temporal.TemporalAtom;
import tlacheck.eval.temporal.TemporalFormula;
import tlacheck.eval.temporal.TemporalProperty;
import tlacheck.mc.ActionLabel;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Model;
import tlacheck.mc.SearchObserver;
import tlacheck.mc.Stats;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.source.TlaError;
import tlacheck.spec.CompiledSpec;
import tlacheck.value.Value;

/**
 * Checks a specification's PROPERTY conjuncts after the safety search: state predicates on the
 * initial states, {@code [][A]_v} on every step, and temporal formulas on every fair behaviour.
 *
 * <p>Design: the reachable state graph, with its edges ({@link StateGraph}), is recorded by a
 * one-worker safety search as it runs ({@link #record}), or else explored again afterwards;
 * every state predicate and action that the properties and the fairness conditions mention is
 * evaluated once per state or step and kept as a bit. Each temporal property is split into its
 * conjuncts; for each, the negation (conjoined with any fairness formula the specification
 * assumes besides WF and SF) becomes a tableau automaton ({@link Tableau}), and {@link
 * FairCycleSearch} looks for a behaviour of the product that is fair and accepted. Such a
 * behaviour is a lasso (a path and a cycle), which is turned back into states and actions by
 * replaying the model along the fingerprints, as traces of safety violations are.
 */
public final class LivenessChecker {
  private final Model model;
  private final CompiledSpec spec;
  private final List<TemporalAtom> stateAtoms = new ArrayList<>();
  private final List<TemporalAtom> actionAtoms = new ArrayList<>();
  private final Ltl.Atoms atoms = new Ltl.Atoms(stateAtoms, actionAtoms);

  private java.util.function.Consumer<String> warnings;
  /** Made by {@link #prepare}: fairness conditions as atom ids, properties by kind, negated automata. */
  private int[] fairEnabled;
  private int[] fairStep;
  private boolean[] fairStrong;
  private final List<TemporalProperty> initial = new ArrayList<>();
  private final List<TemporalProperty> actions = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Ltl> negations = new ArrayList<>();
  private int[] initChecks;
  private int[] stepChecks;

  private LivenessChecker(Model model, CompiledSpec spec, java.util.function.Consumer<String> warnings) {
    this.model = model;
    this.spec = spec;
    this.warnings = warnings;
  }

  /** Whether the specification has properties that only this checker checks. */
  public static boolean needed(CompiledSpec spec) {
    return !spec.temporalProperties().isEmpty();
  }

  /**
   * Warnings for the user, one line each: checking liveness under a state constraint (behaviours
   * are cut where the constraint excludes a successor) or symmetry, and liveness without any
   * fairness (every behaviour may stop).
   */
  public static List<String> warnings(CompiledSpec spec) {
    List<String> out = new ArrayList<>();
    boolean temporal = spec.temporalProperties().stream().anyMatch(p -> p.kind() == TemporalProperty.Kind.TEMPORAL);
    if (!temporal) {
      return out;
    }
    if (spec.hasConstraints()) {
      out.add("Warning: checking temporal properties with a CONSTRAINT or ACTION_CONSTRAINT: behaviours that "
          + "leave the constraint are cut short, so the result can be wrong (TLC has the same limitation).");
    }
    if (spec.usesSymmetry()) {
      out.add("Warning: checking temporal properties with SYMMETRY can miss violations or report wrong ones.");
    }
    if (spec.fairness().isEmpty() && spec.fairnessFormulas().isEmpty()) {
      out.add("Warning: the specification has no fairness condition (WF_vars(A) or SF_vars(A)), so a behaviour "
          + "may stop in any state; a property that needs something to happen will fail by stuttering.");
    }
    return out;
  }

  /**
   * Checks the temporal and action properties whatever the safety result (for {@code suite},
   * which reports every property); returns the first violation, or null when all hold.
   */
  public static Violation firstViolation(Model model, CompiledSpec spec, java.util.function.Consumer<String> warnings) {
    return firstViolation(model, spec, warnings, null, null);
  }

  /**
   * As {@link #firstViolation(Model, CompiledSpec, java.util.function.Consumer)}, using the graph
   * {@code recording} made of the search that gave {@code safety}, if that search was complete
   * and found nothing (only then has it seen every state and step).
   */
  public static Violation firstViolation(Model model, CompiledSpec spec, java.util.function.Consumer<String> warnings,
      CheckResult safety, Recording recording) {
    if (!needed(spec)) {
      return null;
    }
    boolean recorded = recording != null && safety.complete() && safety.violations().isEmpty();
    try {
      if (recorded) {
        recording.checker.warnings = warnings;
        return recording.checker.analyse(recording.recorder.finish());
      }
      return new LivenessChecker(model, spec, warnings).run();
    } catch (TlaError e) {
      return new Violation(e instanceof EvalException.AssertionFailed ? Violation.Kind.ASSERT
          : Violation.Kind.EVALUATION, null, e.render(), List.of());
    }
  }

  /**
   * Checks the properties; returns {@code safety} unchanged when it already failed or when there
   * is nothing to check, else a result with the first property violation (if any).
   */
  public static CheckResult check(Model model, CompiledSpec spec, CheckResult safety,
      java.util.function.Consumer<String> warnings) {
    return check(model, spec, safety, warnings, null);
  }

  /** As {@link #check(Model, CompiledSpec, CheckResult, java.util.function.Consumer)}, with a {@link #record}ing. */
  public static CheckResult check(Model model, CompiledSpec spec, CheckResult safety,
      java.util.function.Consumer<String> warnings, Recording recording) {
    if (!safety.success() || !needed(spec)) {
      return safety;
    }
    long start = System.nanoTime();
    Violation violation;
    try {
      violation = firstViolation(model, spec, warnings, safety, recording);
    } catch (OutOfMemoryError e) {
      // The graph, or the atom thread's queue, did not fit: reported as the search reports it.
      return new CheckResult.TooLarge(List.of(), safety.stats(), "state space too large: the Java heap is exhausted "
          + "while checking temporal properties (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB; give more with -Xmx)");
    }
    Stats s = safety.stats();
    Stats stats = new Stats(s.generated(), s.distinct(), s.leftOnQueue(), s.depth(),
        s.seconds() + (System.nanoTime() - start) / 1e9);
    return new CheckResult.Explored(violation == null ? List.of() : List.of(violation), stats);
  }

  /**
   * A recorder for a one-worker safety search ({@link tlacheck.mc.Explorer#check(
   * java.util.function.Supplier, tlacheck.mc.CheckOptions, tlacheck.mc.Explorer.Progress,
   * SearchObserver)}): it builds the graph of states and steps as the search finds them, so that
   * checking the properties afterwards need not explore the model again. Null when there is
   * nothing to check, or when the properties cannot be translated (the check without a recording
   * then reports why).
   */
  public static Recording record(Model model, CompiledSpec spec) {
    return record(model, spec, null, null);
  }

  /**
   * As {@link #record(Model, CompiledSpec)}; with {@code helper} (a second load of the same
   * specification and configuration, and its model) the atoms of the properties are evaluated
   * on a second thread, with the helper's own atoms, while the search goes on.
   */
  public static Recording record(Model model, CompiledSpec spec, Model helperModel, CompiledSpec helper) {
    if (!needed(spec)) {
      return null;
    }
    LivenessChecker checker = new LivenessChecker(model, spec, w -> { });
    LivenessChecker second = helper == null ? null : new LivenessChecker(helperModel, helper, w -> { });
    try {
      checker.prepare();
      if (second != null) {
        second.prepare();
      }
    } catch (TlaError e) {
      return null;
    }
    if (second != null && (second.stateAtoms.size() != checker.stateAtoms.size()
        || second.actionAtoms.size() != checker.actionAtoms.size())) {
      second = null; // Not the same translation: evaluate on one thread.
    }
    return new Recording(checker, new StateGraph.Recorder(model, checker.stateAtoms, checker.actionAtoms,
        checker.initChecks, checker.stepChecks, second == null ? null : second.stateAtoms,
        second == null ? null : second.actionAtoms));
  }

  /** The state graph as a safety search records it; see {@link #record}. */
  public static final class Recording implements SearchObserver {
    private final LivenessChecker checker;
    private final StateGraph.Recorder recorder;

    private Recording(LivenessChecker checker, StateGraph.Recorder recorder) {
      this.checker = checker;
      this.recorder = recorder;
    }

    @Override
    public void initial(Value[] state, long fingerprint) {
      recorder.initial(state, fingerprint);
    }

    @Override
    public void expanding(Value[] state) {
      recorder.expanding(state);
    }

    @Override
    public void successor(Value[] from, Value[] to, long fingerprint) {
      recorder.successor(from, to, fingerprint);
    }

    /** The recorded graph (for tests). */
    StateGraph graph() {
      return recorder.finish();
    }
  }

  /** The graph explored without a search to record it (for tests). */
  static StateGraph exploredGraph(Model model, CompiledSpec spec) {
    LivenessChecker checker = new LivenessChecker(model, spec, w -> { });
    checker.prepare();
    return StateGraph.build(model, checker.stateAtoms, checker.actionAtoms, checker.initChecks, checker.stepChecks);
  }

  private Violation run() {
    prepare();
    return analyse(StateGraph.build(model, stateAtoms, actionAtoms, initChecks, stepChecks));
  }

  /** Turns the fairness conditions and properties into atoms and automata. */
  private void prepare() {
    List<FairnessCondition> fairness = spec.fairness();
    fairEnabled = new int[fairness.size()];
    fairStep = new int[fairness.size()];
    fairStrong = new boolean[fairness.size()];
    for (int i = 0; i < fairness.size(); i++) {
      fairEnabled[i] = atoms.id(fairness.get(i).enabled());
      fairStep[i] = -1 - atoms.id(fairness.get(i).step());
      fairStrong[i] = fairness.get(i).strong();
    }
    for (TemporalProperty p : spec.temporalProperties()) {
      switch (p.kind()) {
        case INITIAL -> initial.add(p);
        case ACTION -> actions.add(p);
        default -> {
          List<TemporalFormula> parts = new ArrayList<>();
          TemporalFormula.conjuncts(p.formula(), parts);
          for (TemporalFormula part : parts) {
            List<TemporalFormula> all = new ArrayList<>(spec.fairnessFormulas());
            all.add(0, new TemporalFormula.Not(part));
            names.add(p.name());
            negations.add(Ltl.of(new TemporalFormula.And(all), false, atoms));
          }
        }
      }
    }
    initChecks = initial.stream().mapToInt(p -> atoms.id(p.atom())).toArray();
    stepChecks = actions.stream().mapToInt(p -> -1 - atoms.id(p.atom())).toArray();
  }

  /** Checks the properties on the graph. */
  private Violation analyse(StateGraph graph) {
    for (TemporalAtom enabled : graph.derivedEnabled) {
      warnings.accept("Warning: ENABLED <<A>>_v of the fairness condition at " + enabled.span() + " cannot be "
          + "computed by enumerating A (it constrains a primed expression, e.g. through a refinement mapping); "
          + "it is taken to hold in the states that have an <<A>>_v step in the state graph.");
    }
    Replay replay = new Replay(model, graph);
    if (graph.violatedInit >= 0) {
      return new Violation(Violation.Kind.INITIAL_PROPERTY, initial.get(graph.violatedInit).name(), null,
          replay.states(new int[] {graph.violatedInitNode}));
    }
    if (graph.violatedStep >= 0) {
      List<TraceStep> trace = new ArrayList<>(replay.states(graph.pathTo(graph.violatedStepSource)));
      trace.add(replay.step(trace.get(trace.size() - 1).state(), graph.violatedStepTarget));
      return new Violation(Violation.Kind.ACTION_PROPERTY, actions.get(graph.violatedStep).name(), null, trace);
    }
    for (int i = 0; i < negations.size(); i++) {
      Tableau tableau = Tableau.of(negations.get(i));
      FairCycleSearch.Lasso lasso = new FairCycleSearch(graph, tableau, fairEnabled, fairStep, fairStrong).search();
      if (lasso != null) {
        return lassoViolation(names.get(i), lasso, graph, replay);
      }
    }
    return null;
  }

  /**
   * Prints a lasso as TLC does: consecutive repeats of a state (steps of the tableau only) are
   * shown once; the behaviour returns from the last state to the cycle's first, or stutters.
   */
  private static Violation lassoViolation(String name, FairCycleSearch.Lasso lasso, StateGraph graph, Replay replay) {
    List<Integer> states = new ArrayList<>();
    int loop = -1;
    int[] path = lasso.states();
    for (int k = 0; k < path.length; k++) {
      if (states.isEmpty() || states.get(states.size() - 1) != path[k]) {
        states.add(path[k]);
      }
      if (k == lasso.loopStart()) {
        loop = states.size();
      }
    }
    int loopState = states.get(loop - 1);
    while (states.size() > loop && states.get(states.size() - 1) == loopState) {
      states.remove(states.size() - 1); // Going back to the same state is a stuttering step.
    }
    int[] nodes = states.stream().mapToInt(Integer::intValue).toArray();
    List<TraceStep> trace = replay.states(nodes);
    ActionLabel back = null;
    if (loop < nodes.length) {
      back = replay.step(trace.get(trace.size() - 1).state(), graph.fingerprints[loopState]).action();
    }
    return new Violation(Violation.Kind.TEMPORAL, name, null, trace, loop, back);
  }

  /** Rebuilds states and actions along graph nodes by replaying the model (as the safety search does). */
  private static final class Replay {
    private final Model model;
    private final StateGraph graph;

    Replay(Model model, StateGraph graph) {
      this.model = model;
      this.graph = graph;
    }

    List<TraceStep> states(int[] nodes) {
      List<TraceStep> steps = new ArrayList<>();
      Value[][] found = new Value[1][];
      long first = graph.fingerprints[nodes[0]];
      model.initialStates((state, label) -> {
        if (found[0] == null && model.fingerprint(state) == first) {
          found[0] = state;
        }
      }, false);
      if (found[0] == null) {
        throw new IllegalStateException("trace replay found no initial state with fingerprint " + first
            + ": the initial predicate is not deterministic (e.g. it uses RandomElement or TLCGet)");
      }
      steps.add(new TraceStep(null, found[0]));
      for (int i = 1; i < nodes.length; i++) {
        model.beginLevel(i);
        steps.add(step(steps.get(i - 1).state(), graph.fingerprints[nodes[i]]));
      }
      return steps;
    }

    /** The successor of {@code from} with the given fingerprint, with the action that produces it. */
    TraceStep step(Value[] from, long fingerprint) {
      TraceStep[] found = new TraceStep[1];
      model.successors(from, (state, label) -> {
        if (found[0] == null && model.fingerprint(state) == fingerprint) {
          found[0] = new TraceStep(label, state);
        }
      }, true);
      if (found[0] == null) {
        throw new IllegalStateException("trace replay could not find a step: the next-state relation is not "
            + "deterministic (e.g. it uses RandomElement or TLCGet)");
      }
      return found[0];
    }
  }
}

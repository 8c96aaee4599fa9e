package tlacheck.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import tlacheck.config.ModelConfig;
import tlacheck.eval.EvalException;
import tlacheck.eval.EvalThreads;
import tlacheck.eval.temporal.TemporalProperty;
import tlacheck.liveness.LivenessChecker;
import tlacheck.mc.CheckOptions;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Model;
import tlacheck.mc.ModelError;
import tlacheck.mc.Stats;
import tlacheck.mc.Violation;
import tlacheck.source.TlaError;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * One run of the checker, the same for every command: load the spec with its configuration,
 * check the assumptions, explore the states, check the temporal properties, and show the
 * result through the ALIAS and check the POSTCONDITIONs. Every step that can end the run ends it
 * with an {@link Outcome}; nothing here prints (the {@link Listener} hears warnings, notes and
 * progress), so each command reports the outcome in its own way.
 */
public final class Pipeline {
  /**
   * What to check and how.
   *
   * @param checkDeadlock whether to report deadlock, or null for what the configuration says
   * @param allProperties go on after each violation and report every property's first
   * @param printOut where the spec's Print and PrintT write
   * @param library the library path: folders and .jar/.zip files where modules not beside the spec are looked for
   */
  public record Request(Path spec, Path config, int workers, Boolean checkDeadlock, boolean allProperties,
      PrintStream printOut, List<Path> library) {
    public Request {
      library = List.copyOf(library);
    }

    /** A request without a library path. */
    public Request(Path spec, Path config, int workers, Boolean checkDeadlock, boolean allProperties,
        PrintStream printOut) {
      this(spec, config, workers, checkDeadlock, allProperties, printOut, List.of());
    }
  }

  /** Hears what a run has to say besides its outcome. */
  public interface Listener {
    Listener SILENT = new Listener() {};

    /** Something the user must know about the result (e.g. that liveness under a CONSTRAINT can be wrong). */
    default void warning(String line) {}

    /** What the run is doing, for a user watching it. */
    default void note(String line) {}

    /** Periodic statistics of a long search (from any thread). */
    default void progress(Stats stats) {}

    /** The spec is loaded and its assumptions hold: the search begins. */
    default void searchStarted() {}

    /** The search is over; its set of seen states held {@code seenSetBytes} of heap. */
    default void searchFinished(long seenSetBytes) {}
  }

  private final Request request;
  private final Listener listener;

  private Pipeline(Request request, Listener listener) {
    this.request = request;
    this.listener = listener;
  }

  public static Outcome run(Request request, Listener listener) {
    return new Pipeline(request, listener).run();
  }

  private Outcome run() {
    ModelConfig config;
    CompiledSpec spec;
    try {
      SpecLoader.Modules modules = SpecLoader.parse(request.spec(), request.library());
      config = SpecLoader.readConfig(request.config());
      spec = SpecLoader.compile(modules, config, configName(), request.printOut());
    } catch (TlaError e) {
      return new Outcome.Failed(e);
    }
    try {
      spec.checkAssumptions();
    } catch (CompiledSpec.AssumptionViolated e) {
      return new Outcome.AssumptionFailed(e, e.span().tlcLocation(spec.moduleName()));
    } catch (TlaError e) {
      return new Outcome.Failed(e);
    }
    boolean deadlock = request.checkDeadlock() != null ? request.checkDeadlock() : spec.checkDeadlock();
    List<String> checked = checkedProperties(spec, deadlock);
    if (!spec.hasBehaviour()) {
      CheckResult nothing = new CheckResult.Explored(List.of(), new Stats(0, 0, 0, 0, 0));
      return new Outcome.Success(new Outcome.Search(nothing, spec.variableNames(), checked, 0));
    }
    int workers = request.workers();
    LivenessChecker.Recording recording;
    SpecModel model = new SpecModel(spec);
    if (LivenessChecker.needed(spec) && workers > 1) {
      // Temporal properties are checked on a graph of states and steps that a one-worker search
      // records as it goes. After a parallel search the graph would have to be explored again on
      // one thread, which costs more than the parallel search saves; so with more workers the
      // search runs on one thread and the properties' atoms are evaluated on a second.
      CompiledSpec helper = reload(config);
      recording = LivenessChecker.record(model, spec, new SpecModel(helper), helper);
      if (recording != null) {
        listener.note("Note: with temporal properties the search runs on 1 worker, recording the state graph, "
            + "and the properties are evaluated on a second thread (not " + workers + " workers).");
        workers = 1;
      }
    } else {
      recording = LivenessChecker.record(model, spec);
    }
    CheckOptions options = CheckOptions.of(deadlock, request.allProperties(), workers)
        .withThreads(task -> EvalThreads.thread(task, "tlacheck-worker"))
        .withErrors(Pipeline::modelError);
    Explorer explorer = Explorer.of(workerModels(model, config), options, listener::progress).observedBy(recording);
    listener.searchStarted();
    CheckResult result = explorer.explore();
    listener.searchFinished(explorer.fingerprintBytes());
    if (LivenessChecker.needed(spec) && (result.success() || request.allProperties() && result.complete())) {
      LivenessChecker.warnings(spec).forEach(listener::warning);
      listener.note("Checking temporal properties for the complete state space with " + result.stats().distinct()
          + " distinct states.");
      result = temporal(spec, model, result, recording);
      recording = null; // The graph is garbage now, even if the heap runs out.
    }
    if (result instanceof CheckResult.TooLarge tooLarge) {
      return new Outcome.TooLarge(new Outcome.Search(result, spec.variableNames(), checked, workers),
          tooLarge.reason());
    }
    Aliases.Shown shown;
    String failedPostcondition;
    try {
      shown = Aliases.show(spec, result);
      failedPostcondition = result.first() == null ? spec.failedPostcondition(result.stats().generated(),
          result.stats().distinct(), result.stats().leftOnQueue(), result.stats().depth()) : null;
    } catch (TlaError e) {
      return new Outcome.Failed(e);
    }
    Outcome.Search search = new Outcome.Search(shown.result(), shown.variables(), checked, workers);
    if (failedPostcondition != null) {
      return new Outcome.PostconditionFailed(search, failedPostcondition);
    }
    return search.result().first() == null ? new Outcome.Success(search) : new Outcome.Violated(search);
  }

  /**
   * The temporal properties: after a search without violations, the first that fails (if any);
   * after a complete search with all properties, the first that fails is added to the others.
   */
  private static CheckResult temporal(CompiledSpec spec, Model model, CheckResult result,
      LivenessChecker.Recording recording) {
    if (result.success()) {
      return LivenessChecker.check(model, spec, result, line -> { }, recording);
    }
    Violation violation = LivenessChecker.firstViolation(model, spec, line -> { }, result, recording);
    if (violation == null) {
      return result;
    }
    List<Violation> all = new ArrayList<>(result.violations());
    all.add(violation);
    return result.withViolations(all);
  }

  /** Every invariant and property the run checks, and "deadlock" if it checks deadlock. */
  private static List<String> checkedProperties(CompiledSpec spec, boolean deadlock) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < spec.invariantCount(); i++) {
      names.add(spec.invariantName(i));
    }
    for (TemporalProperty property : spec.temporalProperties()) {
      names.add(property.name());
    }
    if (deadlock) {
      names.add("deadlock");
    }
    return List.copyOf(names);
  }

  /** How the engine reports a failure of the spec's evaluation: an Assert, or any other error. */
  static ModelError modelError(Throwable thrown) {
    TlaError e = EvalException.of(thrown);
    return e == null ? null : new ModelError(e.kind() == TlaError.Kind.ASSERTION, e.render());
  }

  /**
   * One model per worker: the spec already loaded for the first, a fresh compilation of the same
   * modules and configuration for each other worker (evaluators keep scratch state and caches,
   * so they are not shared).
   */
  private Supplier<Model> workerModels(SpecModel first, ModelConfig config) {
    AtomicBoolean firstTaken = new AtomicBoolean();
    return () -> firstTaken.getAndSet(true) ? new SpecModel(reload(config)) : first;
  }

  private CompiledSpec reload(ModelConfig config) {
    return SpecLoader.compile(SpecLoader.parse(request.spec(), request.library()), config, configName(), request.printOut());
  }

  private String configName() {
    Path name = request.config().getFileName();
    return name == null ? request.config().toString() : name.toString();
  }
}

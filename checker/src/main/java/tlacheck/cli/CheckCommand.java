package tlacheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tlacheck.json.Json;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Stats;
import tlacheck.mc.Violation;
import tlacheck.report.HtmlTrace;
import tlacheck.report.ItfTrace;
import tlacheck.report.JsonReport;
import tlacheck.report.LaneView;
import tlacheck.report.TlcTextReport;
import tlacheck.run.Outcome;
import tlacheck.run.Pipeline;
import tlacheck.source.TlaError;

/** {@code tlacheck check Spec.tla [--config Spec.cfg] [--workers N] [--json out.json]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Model-check a TLA+ spec exhaustively (breadth-first: counterexamples are shortest).")
public final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the root module, e.g. Spec.tla")
  Path spec;

  @Option(names = {"--config", "-config"}, paramLabel = "CFG",
      description = "the model configuration (default: the .cfg beside the spec with the same name)")
  Path config;

  @Option(names = {"--workers", "-workers"}, paramLabel = "N", defaultValue = "1",
      description = "worker threads (default 1; 'auto' uses every core)")
  String workers = "1"; // The default also when QuickCheck binds the arguments.

  @Option(names = "-deadlock", description = "as in TLC: do NOT check for deadlock")
  boolean tlcNoDeadlock;

  @Option(names = "--no-deadlock", description = "do not report states without successors")
  boolean noDeadlock;

  @Option(names = "--check-deadlock", description = "report states without successors (the default)")
  boolean checkDeadlock;

  @Option(names = "--all-properties",
      description = "do not stop at the first violation: report every invariant and deadlock, each with its shortest trace")
  boolean allProperties;

  @Option(names = "--diff", description = "in traces, print only the variables that changed")
  boolean diff;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the result as JSON")
  Path json;

  @Option(names = "--lanes", paramLabel = "PARAM",
      description = "print the trace in columns, one per value of this action parameter (e.g. a thread); "
          + "guessed when exactly one model-value parameter appears in every step")
  String lanes;

  @Option(names = "--itf", paramLabel = "FILE", description = "write the counterexample in the Informal Trace Format (JSON)")
  Path itf;

  @Option(names = "--trace-html", paramLabel = "FILE",
      description = "write the counterexample as a self-contained HTML/SVG sequence diagram")
  Path traceHtml;

  @Option(names = "--lib", paramLabel = "DIR",
      description = "a folder, .jar or .zip of modules (e.g. the CommunityModules) to look for modules in, after the "
          + "spec's folder; repeatable, searched in order, before -DTLA-Library, TLA_PATH and TLA_LIBRARY")
  List<Path> lib; // Null unless given, as picocli leaves it (QuickCheckTest compares the two).

  @Option(names = "--debug", description = "print Java stack traces for internal errors")
  boolean debug;

  @Option(names = "--quiet", description = "no progress output on stderr")
  boolean quiet;

  /**
   * For {@link QuickCheck}: whether the option of this name takes a value (TRUE) or is a flag
   * (FALSE); null if there is none. The names are the annotations' above, and QuickCheckTest
   * checks, option by option, that QuickCheck binds what picocli binds: so a new option is
   * added here too, or it fails. (Reading the annotations at run time costs 30–45 ms: their
   * classes are picocli's, which the class-data-sharing archive cannot hold.)
   */
  static Boolean takesValue(String name) {
    switch (name) {
      case "--config": case "-config": case "--workers": case "-workers": case "--json": case "--lanes":
      case "--itf": case "--trace-html": case "--lib":
        return Boolean.TRUE;
      case "-deadlock": case "--no-deadlock": case "--check-deadlock": case "--all-properties": case "--diff":
      case "--debug": case "--quiet":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** For {@link QuickCheck}: whether option {@code name} may be given more than once. */
  static boolean repeatable(String name) {
    return name.equals("--lib");
  }

  /** For {@link QuickCheck}: sets option {@code name} ({@code value} null for a flag); returns its first name. */
  String bindOption(String name, String value) {
    switch (name) {
      case "--config": case "-config": config = Path.of(value); return "--config";
      case "--workers": case "-workers": workers = value; return "--workers";
      case "--json": json = Path.of(value); return "--json";
      case "--lanes": lanes = value; return "--lanes";
      case "--itf": itf = Path.of(value); return "--itf";
      case "--trace-html": traceHtml = Path.of(value); return "--trace-html";
      case "--lib":
        if (lib == null) {
          lib = new ArrayList<>();
        }
        lib.add(Path.of(value));
        return "--lib";
      case "-deadlock": tlcNoDeadlock = true; return name;
      case "--no-deadlock": noDeadlock = true; return name;
      case "--check-deadlock": checkDeadlock = true; return name;
      case "--all-properties": allProperties = true; return name;
      case "--diff": diff = true; return name;
      case "--debug": debug = true; return name;
      case "--quiet": quiet = true; return name;
      default: throw new IllegalArgumentException(name);
    }
  }

  private final PrintStream out;
  private final PrintStream err;

  public CheckCommand() {
    this(System.out, System.err);
  }

  CheckCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Path cfg = config != null ? config : defaultConfig(spec);
    String specName = spec.toString();
    String cfgName = cfg.toString();
    if (!Files.exists(spec)) {
      err.println("tlacheck: cannot read " + spec + ": no such file");
      writeJson(JsonReport.ofError(specName, cfgName, new TlaError(TlaError.Kind.IO, null, "no such file: " + spec),
          "error"));
      return ExitCode.SYSTEM.code;
    }
    Boolean deadlock = tlcNoDeadlock || noDeadlock ? Boolean.FALSE : checkDeadlock ? Boolean.TRUE : null;
    Pipeline.Request request = new Pipeline.Request(spec, cfg, parseWorkers(), deadlock, allProperties, out,
        LibraryPath.of(lib));
    Explorer.Progress progress = quiet ? Explorer.Progress.NONE : new ProgressLine(err);
    Outcome outcome = Pipeline.run(request, new Pipeline.Listener() {
      @Override
      public void warning(String line) {
        err.println(line);
      }

      @Override
      public void note(String line) {
        if (!quiet) {
          err.println(line);
        }
      }

      @Override
      public void progress(Stats stats) {
        progress.report(stats);
      }
    });
    return report(outcome, specName, cfgName);
  }

  /** Prints an outcome, writes the files asked for, and returns the exit code. */
  private int report(Outcome outcome, String specName, String cfgName) {
    if (outcome instanceof Outcome.Failed failed) {
      err.println(failed.error().render());
      writeJson(JsonReport.ofError(specName, cfgName, failed.error(), "error"));
      return exitCodeFor(failed.error()).code;
    }
    if (outcome instanceof Outcome.AssumptionFailed assumption) {
      out.println("Error: Assumption " + assumption.location() + " is false.");
      writeJson(JsonReport.ofError(specName, cfgName, assumption.error(), "assumption failure"));
      return ExitCode.ASSUMPTION.code;
    }
    if (outcome instanceof Outcome.TooLarge tooLarge) {
      Outcome.Search search = tooLarge.search();
      out.println("Error: " + tooLarge.reason());
      StringBuilder stats = new StringBuilder();
      TlcTextReport.appendStats(stats, search.stats());
      out.print(stats);
      Map<String, Object> report = new java.util.LinkedHashMap<>(JsonReport.of(specName, cfgName, search.result(),
          search.variables(), search.workers()));
      report.put("result", "error");
      report.put("error", Map.of("message", tooLarge.reason()));
      writeJson(report);
      return ExitCode.STATE_SPACE_TOO_LARGE.code;
    }
    Outcome.Search search = outcome instanceof Outcome.Success success ? success.search()
        : outcome instanceof Outcome.Violated violated ? violated.search()
        : ((Outcome.PostconditionFailed) outcome).search();
    CheckResult result = search.result();
    out.print(TlcTextReport.render(result, search.variables(), diff));
    writeTraceViews(result, search.variables());
    if (outcome instanceof Outcome.PostconditionFailed failed) {
      out.println("Error: Postcondition " + failed.postcondition() + " is false.");
      writeJson(JsonReport.ofError(specName, cfgName, new TlaError(TlaError.Kind.EVALUATION, null,
          "Postcondition " + failed.postcondition() + " is false."), "assumption failure"));
      return ExitCode.ASSUMPTION.code;
    }
    writeJson(JsonReport.of(specName, cfgName, result, search.variables(), search.workers()));
    Violation first = result.first();
    if (first == null) {
      return ExitCode.SUCCESS.code;
    }
    switch (first.kind()) {
      case DEADLOCK: return ExitCode.DEADLOCK.code;
      case INVARIANT: return ExitCode.INVARIANT.code;
      case ASSERT: return ExitCode.ASSERT.code;
      case TEMPORAL: case ACTION_PROPERTY: case INITIAL_PROPERTY: return ExitCode.PROPERTY.code;
      default: return ExitCode.EVALUATION.code;
    }
  }

  /** The thread view on stdout, and the ITF and HTML files, for the first violation with a trace. */
  private void writeTraceViews(CheckResult result, String[] variables) {
    Violation first = result.first();
    if (first == null || first.trace().isEmpty()) {
      return;
    }
    String lane = lanes != null ? lanes : LaneView.guessLane(first.trace());
    if (lane != null) {
      out.println("Thread view (one column per " + lane + "):");
      out.print(LaneView.render(first.trace(), lane));
    }
    String title = TlcTextReport.headline(first).replace("Error: ", "");
    try {
      if (itf != null) {
        Files.writeString(itf, Json.write(ItfTrace.of(first.trace(), variables, title)));
      }
      if (traceHtml != null) {
        Files.writeString(traceHtml, HtmlTrace.render(title, first.trace(), variables, lane));
      }
    } catch (IOException e) {
      err.println("tlacheck: cannot write the trace: " + e.getMessage());
    }
  }

  static Path defaultConfig(Path spec) {
    String name = spec.getFileName().toString();
    String base = name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
    Path parent = spec.getParent();
    return parent == null ? Path.of(base + ".cfg") : parent.resolve(base + ".cfg");
  }

  /** Whether --workers is a number or "auto" (else {@link #call} reports it as picocli does). */
  boolean acceptsWorkers() {
    if (workers.equals("auto")) {
      return true;
    }
    try {
      Integer.parseInt(workers);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private int parseWorkers() {
    if (workers.equals("auto")) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      return Math.max(1, Integer.parseInt(workers));
    } catch (NumberFormatException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--workers takes a number or 'auto', not '" + workers + "'");
    }
  }

  static ExitCode exitCodeFor(TlaError e) {
    switch (e.kind()) {
      case SYNTAX: case SEMANTIC: return ExitCode.SPEC_PARSE;
      case CONFIG: return ExitCode.CONFIG_PARSE;
      case EVALUATION: return ExitCode.EVALUATION;
      case ASSERTION: return ExitCode.ASSERT;
      default: return ExitCode.SYSTEM;
    }
  }

  private void writeJson(Map<String, Object> result) {
    if (json == null) {
      return;
    }
    try {
      Files.writeString(json, Json.write(result));
    } catch (IOException e) {
      err.println("tlacheck: cannot write " + json + ": " + e.getMessage());
    }
  }
}

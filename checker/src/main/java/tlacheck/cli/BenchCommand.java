package tlacheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tlacheck.mc.CheckOptions;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Model;
import tlacheck.run.Outcome;
import tlacheck.run.Pipeline;
import tlacheck.value.IntValue;
import tlacheck.value.Value;

/**
 * {@code tlacheck bench Spec.tla... [--workers N] [--repeat R]}: checks each spec in this JVM and
 * prints throughput and memory: distinct and generated states per second, time to the first
 * state, peak heap, and heap bytes per distinct state kept by the search. With {@code --repeat}
 * the later runs show warmed-up (JIT-compiled) throughput; the first run is what a user sees.
 * {@code --synthetic N} checks a Java model with about N states instead (no TLA+ evaluation):
 * the engine's own cost and its memory at scale. Whole-process wall times, compared with TLC's,
 * come from {@code checker/bench/bench.py}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput and memory of the checker on specs (for developers).")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SPEC", arity = "0..*", description = "root modules, each with the .cfg beside it")
  List<Path> specs = new ArrayList<>();

  @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "worker threads")
  int workers;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "1", description = "runs per spec")
  int repeat;

  @Option(names = "--synthetic", paramLabel = "N", description = "check a synthetic model of about N states")
  long synthetic;

  @Option(names = "--no-deadlock", description = "do not check for deadlock")
  boolean noDeadlock;

  @Option(names = "--lib", paramLabel = "DIR",
      description = "a folder, .jar or .zip of modules to look for modules in (as for check)")
  List<Path> lib;

  @Override
  public Integer call() {
    System.out.println(String.format(Locale.ROOT, "%-28s %3s %10s %11s %5s %8s %10s %10s %8s %8s %7s",
        "model", "run", "distinct", "generated", "depth", "seconds", "distinct/s", "gen/s", "first ms",
        "peak MiB", "B/state"));
    if (synthetic > 0) {
      int side = (int) Math.round(Math.cbrt(synthetic));
      for (int r = 1; r <= repeat; r++) {
        measure("Cube(" + side + ")", r, () -> new Cube(side));
      }
    }
    for (Path spec : specs) {
      for (int r = 1; r <= repeat; r++) {
        Integer failed = measureSpec(spec, r);
        if (failed != null) {
          return failed;
        }
      }
    }
    return 0;
  }

  /** One run of a spec through the pipeline, as {@code check} runs it; returns an exit code if it cannot be checked. */
  private Integer measureSpec(Path spec, int run) {
    Path cfg = CheckCommand.defaultConfig(spec);
    Boolean deadlock = noDeadlock ? Boolean.FALSE : null;
    Pipeline.Request request = new Pipeline.Request(spec, cfg, workers, deadlock, false,
        new PrintStream(new ByteArrayOutputStream()), LibraryPath.of(lib));
    Memory memory = new Memory();
    long start = System.nanoTime();
    long[] firstState = {-1};
    long[] seenBytes = {0};
    Outcome outcome = Pipeline.run(request, new Pipeline.Listener() {
      @Override
      public void searchStarted() {
        firstState[0] = System.nanoTime();
      }

      @Override
      public void searchFinished(long seenSetBytes) {
        seenBytes[0] = seenSetBytes;
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    if (outcome instanceof Outcome.Failed failed) {
      System.err.println(failed.error().render());
      return CheckCommand.exitCodeFor(failed.error()).code;
    }
    if (outcome instanceof Outcome.AssumptionFailed assumption) {
      System.err.println("Error: Assumption " + assumption.location() + " is false.");
      return ExitCode.ASSUMPTION.code;
    }
    CheckResult result = outcome instanceof Outcome.Success success ? success.search().result()
        : outcome instanceof Outcome.Violated violated ? violated.search().result()
        : outcome instanceof Outcome.TooLarge tooLarge ? tooLarge.search().result()
        : ((Outcome.PostconditionFailed) outcome).search().result();
    print(spec.getFileName().toString(), run, result, seconds, firstMs(run, start, firstState[0]), memory.peak(),
        seenBytes[0]);
    return null;
  }

  private void measure(String name, int run, Supplier<Model> models) {
    Memory memory = new Memory();
    long start = System.nanoTime();
    long[] firstState = {-1};
    Supplier<Model> timed = () -> {
      Model m = models.get();
      if (firstState[0] < 0) {
        firstState[0] = System.nanoTime();
      }
      return m;
    };
    boolean deadlock = !noDeadlock;
    Explorer explorer = Explorer.of(timed, CheckOptions.of(deadlock, false, workers), Explorer.Progress.NONE);
    CheckResult result = explorer.explore();
    double seconds = (System.nanoTime() - start) / 1e9;
    print(name, run, result, seconds, firstMs(run, start, firstState[0]), memory.peak(), explorer.fingerprintBytes());
  }

  /** The time to the first state: from the JVM's start on the first run (what a user waits), else from the run's. */
  private static double firstMs(int run, long start, long firstState) {
    return run == 1 ? ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - firstState) / 1e6
        : (firstState - start) / 1e6;
  }

  private static void print(String name, int run, CheckResult result, double seconds, double firstMs, long peak,
      long seenBytes) {
    long distinct = result.stats().distinct();
    System.out.println(String.format(Locale.ROOT, "%-28s %3d %10d %11d %5d %8.2f %10.0f %10.0f %8.0f %8d %7.1f",
        name, run, distinct, result.stats().generated(), result.stats().depth(), seconds, distinct / seconds,
        result.stats().generated() / seconds, firstMs, peak >> 20, distinct == 0 ? 0.0 : seenBytes / (double) distinct));
    if (!result.success()) {
      System.out.println("  (stopped: " + (result instanceof CheckResult.TooLarge t ? t.reason()
          : result.first().kind() + " " + result.first().name()) + ")");
    }
  }

  /** The peak heap use from now on, over the heap's memory pools. */
  private static final class Memory {
    private final List<MemoryPoolMXBean> heap = new ArrayList<>();

    Memory() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heap.add(pool);
          pool.resetPeakUsage();
        }
      }
    }

    long peak() {
      long peak = 0;
      for (MemoryPoolMXBean pool : heap) {
        peak += pool.getPeakUsage().getUsed();
      }
      return peak;
    }
  }

  /**
   * A synthetic model: three counters modulo {@code side}, each step increments one of them,
   * so there are side^3 states, a few hundred BFS levels, and no TLA+ evaluation at all.
   */
  static final class Cube implements Model {
    private final int side;

    Cube(int side) {
      this.side = side;
    }

    @Override
    public void initialStates(Sink sink, boolean labels) {
      sink.accept(new Value[] {IntValue.of(0), IntValue.of(0), IntValue.of(0)}, null);
    }

    @Override
    public void successors(Value[] state, Sink sink, boolean labels) {
      for (int i = 0; i < 3; i++) {
        Value[] next = Arrays.copyOf(state, 3);
        next[i] = IntValue.of((((IntValue) state[i]).value() + 1) % side);
        sink.accept(next, null);
      }
    }

    @Override
    public int invariantCount() {
      return 0;
    }

    @Override
    public String invariantName(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public boolean invariantHolds(int index, Value[] state) {
      throw new IndexOutOfBoundsException(index);
    }
  }
}

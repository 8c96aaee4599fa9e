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
import tlacheck.spec.CompiledSpec;
import tlacheck.mc.CheckOptions;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Model;
import tlacheck.mc.TlaModel;
import tlacheck.source.TlaError;
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
      Path cfg = CheckCommand.defaultConfig(spec);
      PrintStream sink = new PrintStream(new ByteArrayOutputStream());
      try {
        for (int r = 1; r <= repeat; r++) {
          measure(spec.getFileName().toString(), r, () -> new TlaModel(CompiledSpec.load(spec, cfg, sink)));
        }
      } catch (TlaError e) {
        System.err.println(e.render());
        return CheckCommand.exitCodeFor(e).code;
      }
    }
    return 0;
  }

  private void measure(String name, int run, Supplier<Model> models) {
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool);
        pool.resetPeakUsage();
      }
    }
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
    Explorer explorer = Explorer.of(timed, new CheckOptions(deadlock, false, workers), Explorer.Progress.NONE);
    CheckResult result = explorer.explore();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    long distinct = result.stats().distinct();
    double firstMs = run == 1 ? ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - firstState[0]) / 1e6
        : (firstState[0] - start) / 1e6;
    System.out.println(String.format(Locale.ROOT, "%-28s %3d %10d %11d %5d %8.2f %10.0f %10.0f %8.0f %8d %7.1f",
        name, run, distinct, result.stats().generated(), result.stats().depth(), seconds, distinct / seconds,
        result.stats().generated() / seconds, firstMs, peak >> 20,
        distinct == 0 ? 0.0 : explorer.fingerprintBytes() / (double) distinct));
    if (!result.success()) {
      System.out.println("  (stopped: " + (result.tooLarge() != null ? result.tooLarge()
          : result.first().kind() + " " + result.first().name()) + ")");
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
    public String[] variableNames() {
      return new String[] {"a", "b", "c"};
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

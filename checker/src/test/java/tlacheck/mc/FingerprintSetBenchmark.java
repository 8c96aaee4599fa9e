package tlacheck.mc;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seen set's two operations at a realistic size: {@code contains} for successors (most of
 * which are already known) and {@code add} for new states. Run with {@code checker/bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FingerprintSetBenchmark {
  @Param({"1000000", "10000000"})
  int size;

  private FingerprintSet set;
  private long[] present;
  private long[] absent;
  private int next;

  @Setup
  public void fill() {
    SplittableRandom random = new SplittableRandom(42);
    set = new FingerprintSet();
    present = new long[1 << 16];
    for (int i = 0; i < size; i++) {
      long fp = random.nextLong();
      set.add(fp);
      if (i < present.length) {
        present[i] = fp;
      }
    }
    absent = new long[1 << 16];
    for (int i = 0; i < absent.length; i++) {
      absent[i] = random.nextLong();
    }
  }

  @Benchmark
  public boolean containsKnown() {
    return set.contains(present[next++ & (present.length - 1)]);
  }

  @Benchmark
  public boolean containsNew() {
    return set.contains(absent[next++ & (absent.length - 1)]);
  }
}

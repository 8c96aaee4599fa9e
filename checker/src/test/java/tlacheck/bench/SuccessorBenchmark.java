package tlacheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;
import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * The checker's hot loop without the search around it: successors of a fixed sample of reachable
 * states of a design in {@code specs/}, each fingerprinted, and the invariants of those states.
 * The sample is the first {@value #SAMPLE} states in breadth-first order. Run from the repository
 * root with {@code checker/bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuccessorBenchmark {
  static final int SAMPLE = 2000;

  @Param({"specs/Hierarchy.tla", "specs/Bcachefs.tla"})
  String spec;

  private CompiledSpec compiled;
  private Value[][] sample;
  private long sink;

  @Setup
  public void load() {
    Path path = Path.of(System.getProperty("tlacheck.repo", ".")).resolve(spec);
    compiled = SpecLoader.load(path, Path.of(path.toString().replace(".tla", ".cfg")),
        new PrintStream(new ByteArrayOutputStream()));
    List<Value[]> found = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    compiled.initialStates((s, l) -> {
      if (seen.add(States.fingerprint(s))) {
        found.add(s);
      }
    }, false);
    for (int i = 0; i < found.size() && found.size() < SAMPLE; i++) {
      compiled.successors(found.get(i), (s, l) -> {
        if (found.size() < SAMPLE && seen.add(States.fingerprint(s))) {
          found.add(s);
        }
      }, false);
    }
    sample = found.toArray(new Value[0][]);
  }

  /** Successors and their fingerprints for the whole sample: time per sample. */
  @Benchmark
  public long successors() {
    long h = 0;
    for (Value[] state : sample) {
      compiled.successors(state, (s, l) -> sink += States.fingerprint(s), false);
    }
    return h + sink;
  }

  /** Every invariant of every sampled state. */
  @Benchmark
  public int invariants() {
    int holds = 0;
    for (Value[] state : sample) {
      for (int k = 0; k < compiled.invariantCount(); k++) {
        if (compiled.invariantHolds(k, state)) {
          holds++;
        }
      }
    }
    return holds;
  }
}

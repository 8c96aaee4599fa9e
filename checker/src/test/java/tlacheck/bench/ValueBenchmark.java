package tlacheck.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.Values;

/**
 * Value operations on the hot path: membership in a set of records (a spec's message type),
 * with and without the hash index constant sets get; comparing records of one shape; and
 * fingerprinting a freshly built state (nothing cached yet). Run with {@code checker/bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValueBenchmark {
  private static final String[] FIELDS = {"type", "clock", "from"};

  private EnumSetValue messages;
  private EnumSetValue indexedMessages;
  private Value[] probes;
  private Value[] freshState;
  private int next;

  private static FunctionValue message(String type, int clock, int from) {
    return Values.record(FIELDS, new Value[] {StringValue.of(type), IntValue.of(clock), IntValue.of(from)});
  }

  @Setup
  public void build() {
    Value[] all = new Value[3 * 10 * 4];
    int k = 0;
    for (String type : new String[] {"req", "ack", "rel"}) {
      for (int clock = 0; clock < 10; clock++) {
        for (int from = 1; from <= 4; from++) {
          all[k++] = message(type, clock, from);
        }
      }
    }
    messages = EnumSetValue.of(all);
    indexedMessages = EnumSetValue.of(all).indexed();
    probes = new Value[64];
    for (int i = 0; i < probes.length; i++) {
      // Built separately, as a state's values are: equal to an element, never the same object.
      probes[i] = message(i % 3 == 0 ? "req" : "ack", i % 10, 1 + i % 4);
    }
    freshState = new Value[] {
        TupleValue.of(IntValue.of(1), IntValue.of(2), IntValue.of(3)),
        message("req", 3, 2),
        EnumSetValue.of(IntValue.of(1), IntValue.of(3)),
    };
  }

  @Benchmark
  public boolean memberBinarySearch() {
    return messages.contains(probes[next++ & 63]);
  }

  @Benchmark
  public boolean memberHashIndex() {
    return indexedMessages.contains(probes[next++ & 63]);
  }

  @Benchmark
  public int compareRecords() {
    int i = next++ & 63;
    return probes[i].compareTo(probes[(i + 1) & 63]);
  }

  @Benchmark
  public long fingerprintFreshState() {
    // New objects each time, as successors are: no cached fingerprints.
    Value[] state = {
        TupleValue.of(freshState[0].equals(freshState[1]) ? IntValue.of(0) : IntValue.of(1), IntValue.of(next++ & 7)),
        message("ack", next & 7, 1),
        freshState[2],
    };
    long h = 17;
    for (Value v : state) {
      h = h * 31 + v.fingerprint();
    }
    return h;
  }
}

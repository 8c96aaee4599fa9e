package tlacheck.eval;

import java.io.PrintStream;
import java.util.Random;
import tlacheck.value.IntValue;
import tlacheck.value.Value;

/**
 * Run-wide services that TLC's module offers to specs: where Print writes, the registers of
 * TLCGet/TLCSet, and a seeded random source (so that runs are repeatable).
 */
public final class RunServices {
  public final PrintStream out;
  public final Random random;
  private final Value[] registers = new Value[64];
  /** The BFS level of the state being explored, for TLCGet("level"). */
  public int level;
  /** TLCGet("stats") once the run is over (for POSTCONDITION), else null. */
  public Value stats;

  public RunServices(PrintStream out, long seed) {
    this.out = out;
    this.random = new Random(seed);
  }

  public Value register(int index) {
    Value v = index >= 0 && index < registers.length ? registers[index] : null;
    return v == null ? IntValue.of(0) : v;
  }

  public void setRegister(int index, Value value) {
    if (index >= 0 && index < registers.length) {
      registers[index] = value;
    }
  }
}

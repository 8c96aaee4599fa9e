package tlacheck.cli;

import java.io.PrintStream;
import tlacheck.mc.Explorer;
import tlacheck.mc.Stats;

/**
 * TLC's progress line on stderr, with the rates since the previous line:
 * {@code Progress(12): 1234567 states generated (456789 s/min), 345678 distinct states found
 * (123456 ds/min), 23456 states left on queue.}
 */
final class ProgressLine implements Explorer.Progress {
  private final PrintStream err;
  private Stats previous = new Stats(0, 0, 0, 0, 0);

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void report(Stats stats) {
    double minutes = Math.max(1e-9, (stats.seconds() - previous.seconds()) / 60);
    long perMinute = Math.round((stats.generated() - previous.generated()) / minutes);
    long distinctPerMinute = Math.round((stats.distinct() - previous.distinct()) / minutes);
    err.println("Progress(" + stats.depth() + "): " + stats.generated() + " states generated (" + perMinute
        + " s/min), " + stats.distinct() + " distinct states found (" + distinctPerMinute + " ds/min), "
        + stats.leftOnQueue() + " states left on queue.");
    previous = stats;
  }
}

package tlacheck.mc;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search's counts, in TLC's sense (see {@link Stats}): those of the finished levels, and the
 * progress of the level being expanded, which workers update as they go and progress reports
 * and an out-of-memory stop read from any thread.
 */
final class Tally {
  long generated;
  long distinct;
  int depth;
  /** Set when the search stops at an event: the states the sequential search would leave queued. */
  long leftOnQueue;
  /** Whether the initial predicate generated a state, kept or not: TLC's depth is then at least 1. */
  boolean initialStateGenerated;
  int levelSize;
  final AtomicLong levelGenerated = new AtomicLong();
  final AtomicLong levelCandidates = new AtomicLong();
  final AtomicInteger levelExpanded = new AtomicInteger();

  void resetLevel() {
    levelGenerated.set(0);
    levelCandidates.set(0);
    levelExpanded.set(0);
  }

  /** The counts of the finished levels. */
  Stats finished(boolean complete, double seconds) {
    return new Stats(generated, distinct, complete ? 0 : leftOnQueue, reportedDepth(), seconds);
  }

  private int reportedDepth() {
    return initialStateGenerated ? Math.max(1, depth) : depth;
  }

  /** The counts so far, the level being expanded included. */
  Stats sofar(double seconds) {
    return new Stats(generated + levelGenerated.get(), distinct + levelCandidates.get(),
        levelSize - levelExpanded.get() + levelCandidates.get(), reportedDepth(), seconds);
  }

  /** The counts at an out-of-memory stop: the unexpanded part of the level is what is left. */
  Stats interrupted(double seconds) {
    return new Stats(generated + levelGenerated.get(), distinct + levelCandidates.get(),
        levelSize - levelExpanded.get(), reportedDepth(), seconds);
  }
}

package tlacheck.mc;

import java.util.ArrayList;
import java.util.List;
import tlacheck.value.Value;

/**
 * The resolve phase of a level (one thread): meets the events of all chunks in the order the
 * sequential search meets them, records the violations it keeps, gives the new states trace
 * indexes in key order and makes them the next level. Positions, parents, and so traces, are
 * therefore the same for any number of workers. If the search stops at an event, the counts
 * are those the sequential search would have there, computed from per-parent successor counts.
 */
final class LevelResolution {
  private final CheckOptions options;
  private final TraceIndex traceIndex;
  private final Tally tally;
  private final Model model;
  private final TraceReplay replay;
  /** Every violation kept so far, in the order found. */
  final List<Violation> violations = new ArrayList<>();
  /** Per invariant, whether it is violated already (it is not checked again). */
  final boolean[] invariantViolated;
  private boolean deadlockFound;

  LevelResolution(CheckOptions options, TraceIndex traceIndex, Tally tally, Model model) {
    this.options = options;
    this.traceIndex = traceIndex;
    this.tally = tally;
    this.model = model;
    this.replay = new TraceReplay(model, traceIndex, options.errors());
    this.invariantViolated = new boolean[model.invariantCount()];
  }

  /** Resolves a level's chunks; returns the next level, or null if the search stops. */
  Level resolve(Level level, Chunk[] chunks) {
    List<Chunk.Event> events = new ArrayList<>();
    for (Chunk chunk : chunks) {
      events.addAll(chunk.events);
    }
    events.sort(Chunk.SEQUENTIAL);
    Chunk.Event stop = null;
    List<Chunk.Event> recorded = new ArrayList<>();
    for (Chunk.Event e : events) {
      boolean stops;
      switch (e.type()) {
        case VIOLATION:
          if (invariantViolated[e.invariant()]) {
            continue;
          }
          invariantViolated[e.invariant()] = true;
          stops = !options.allProperties();
          break;
        case DEADLOCK:
          if (deadlockFound) {
            continue;
          }
          deadlockFound = true;
          stops = !options.allProperties();
          break;
        case CHECK_ERROR:
          if (invariantViolated[e.invariant()]) {
            continue;
          }
          stops = true;
          break;
        default:
          stops = true;
      }
      recorded.add(e);
      if (stops) {
        stop = e;
        break;
      }
    }
    long stopAt = stop == null ? Long.MAX_VALUE : stop.key();
    // New states up to the stop, in key order: their trace indexes and the next level.
    int parentBase = level.base();
    int base = (int) traceIndex.size();
    int total = 0;
    for (Chunk chunk : chunks) {
      total += chunk.freshCount;
    }
    Value[][] nextStates = stop == null ? new Value[total][] : null;
    int n = 0;
    outer:
    for (Chunk chunk : chunks) {
      for (int i = 0; i < chunk.count; i++) {
        if (!chunk.fresh[i]) {
          chunk.states[i] = null; // Checked (or a copy): not part of the next level.
          continue;
        }
        long k = chunk.keys[i];
        if (k > stopAt) {
          break outer;
        }
        int parentIndex = parentBase < 0 ? -1 : parentBase + Chunk.parentOf(k);
        traceIndex.add(chunk.fingerprints[i], parentIndex);
        if (nextStates != null) {
          nextStates[n] = chunk.states[i];
        }
        chunk.states[i] = null;
        n++;
      }
    }
    for (Chunk.Event e : recorded) {
      violations.add(violationOf(e, traceOf(e, level, chunks, base), level.isBeforeInitial()));
    }
    long levelGenerated = 0;
    if (stop == null) {
      for (Chunk chunk : chunks) {
        for (int c : chunk.successorCounts) {
          levelGenerated += c;
        }
      }
      tally.generated += levelGenerated;
      tally.distinct += n;
      tally.resetLevel();
      return new Level(nextStates, base);
    }
    // Counts as the sequential search has them at the stopping event.
    int parent = Chunk.parentOf(stop.key());
    for (Chunk chunk : chunks) {
      for (int p = chunk.from; p < chunk.to && p < parent; p++) {
        levelGenerated += chunk.successorCounts[p - chunk.from];
      }
    }
    int j = Chunk.ordinalOf(stop.key());
    boolean onSuccessor = stop.type() == Chunk.Type.VIOLATION || stop.type() == Chunk.Type.CHECK_ERROR;
    boolean onNewState = onSuccessor && stop.chunk().fresh[stop.candidate()];
    levelGenerated += onSuccessor ? j + 1 : j;
    tally.generated += levelGenerated;
    tally.distinct += n;
    int unexpanded = parentBase < 0 ? 0 : level.states().length - parent - 1;
    // A successor is dequeued as it is checked; an initial state stays queued (as TLC counts them).
    tally.leftOnQueue = unexpanded + n - (onNewState && parentBase >= 0 ? 1 : 0);
    // TLC's depth is that of the deepest state found: this level's new states count if there are any.
    if (n > 0) {
      tally.depth++;
    }
    tally.resetLevel();
    return null;
  }

  /** How to rebuild the trace of an event: the trace index of its state, or its parent's and its fingerprint. */
  private record TraceTo(int index, boolean stepFurther, long fingerprint) {}

  private static TraceTo traceOf(Chunk.Event e, Level level, Chunk[] chunks, int base) {
    int parentIndex = level.isBeforeInitial() ? -1 : level.base() + Chunk.parentOf(e.key());
    if (e.candidate() < 0) {
      return new TraceTo(parentIndex, false, 0); // At the parent: a deadlock or an expansion error.
    }
    if (e.chunk().outside[e.candidate()]) {
      return new TraceTo(parentIndex, true, e.chunk().fingerprints[e.candidate()]);
    }
    return new TraceTo(base + Chunk.rank(chunks, e.chunk(), e.candidate()), false, 0);
  }

  private List<TraceStep> replay(TraceTo to) {
    return to.stepFurther() ? replay.replay(to.index(), to.fingerprint(), tally.depth)
        : replay.replay(to.index(), tally.depth);
  }

  private Violation violationOf(Chunk.Event e, TraceTo to, boolean initialLevel) {
    switch (e.type()) {
      case VIOLATION:
        return new Violation(Violation.Kind.INVARIANT, model.invariantName(e.invariant()), null, replay(to));
      case DEADLOCK:
        return new Violation(Violation.Kind.DEADLOCK, null, null, replay(to));
      default:
        Violation.Kind kind = e.error().assertion() ? Violation.Kind.ASSERT : Violation.Kind.EVALUATION;
        List<TraceStep> trace;
        try {
          trace = to.index() < 0 && !to.stepFurther() ? List.of() : replay(to);
        } catch (RuntimeException | StackOverflowError again) {
          if (options.errors().classify(again) == null) {
            throw again;
          }
          trace = List.of();
        }
        boolean initialCheck = e.type() == Chunk.Type.CHECK_ERROR && initialLevel;
        return new Violation(kind, null, e.error().message(), trace, 0, null, initialCheck);
    }
  }
}

package tlacheck.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * Checks the invariants of a level's new states, in parallel, recording violations and errors
 * as events at the candidates' keys. A successor's parent satisfied every invariant still
 * checked (a violation or an error stops the search, and an invariant once violated is not
 * checked again), so a model may skip what a step did not change.
 */
final class InvariantChecks {
  /** Candidates per unit of work, so that one big chunk (the initial states) is still shared. */
  private static final int SLICE = 1024;

  private final WorkerPool workers;
  private final CheckOptions options;

  InvariantChecks(WorkerPool workers, CheckOptions options) {
    this.workers = workers;
    this.options = options;
  }

  /**
   * Checks the fresh candidates of a level; {@code initial} if they are the initial states.
   * {@code violatedBefore} tells which invariants are violated already (not checked again).
   */
  void checkLevel(Chunk[] chunks, long candidates, boolean initial, boolean[] violatedBefore) {
    AtomicInteger nextSlice = new AtomicInteger();
    AtomicLong stopKey = new AtomicLong(Long.MAX_VALUE);
    if (!options.allProperties()) {
      for (Chunk chunk : chunks) {
        for (Chunk.Event e : chunk.events) {
          Chunk.lower(stopKey, e.key());
        }
      }
    }
    // Each slice starts from the violations known before the level, as each chunk would; the
    // resolve phase keeps the first in sequential order.
    List<int[]> slices = new ArrayList<>();
    for (int c = 0; c < chunks.length; c++) {
      for (int from = 0; from < chunks[c].count; from += SLICE) {
        slices.add(new int[] {c, from, Math.min(chunks[c].count, from + SLICE)});
      }
    }
    workers.parallel(candidates < 64 ? 1 : workers.workers(), w -> {
      Model m = workers.modelOf(w);
      for (int k; (k = nextSlice.getAndIncrement()) < slices.size() && !workers.aborted(); ) {
        int[] slice = slices.get(k);
        checkSlice(m, chunks[slice[0]], slice[1], slice[2], violatedBefore.clone(), stopKey, initial);
      }
    });
  }

  /** Checks the fresh ones among candidates {@code from..to-1} of a chunk, and those outside the constraints. */
  private void checkSlice(Model m, Chunk chunk, int from, int to, boolean[] violated, AtomicLong stopKey,
      boolean initial) {
    List<Chunk.Event> found = new ArrayList<>(0);
    for (int i = from; i < to && !workers.aborted(); i++) {
      if (chunk.toCheck(i) && !checkCandidate(m, chunk, i, initial, chunk.changed[i], violated, found, stopKey)) {
        break;
      }
    }
    synchronized (chunk) {
      chunk.events.addAll(found);
    }
  }

  /** Checks the candidates from {@code from} on, all successors of {@code parent}, while expanding. */
  void checkSuccessors(Model m, Chunk chunk, Value[] parent, int from, boolean[] violated, List<Chunk.Event> found,
      AtomicLong stopKey) {
    for (int i = from; i < chunk.count && !workers.aborted(); i++) {
      long changed = States.changedSlots(parent, chunk.states[i]);
      if (!checkCandidate(m, chunk, i, false, changed, violated, found, stopKey)) {
        break;
      }
    }
  }

  /**
   * Checks the invariants not yet violated on candidate {@code i}, an initial state or a
   * successor whose step changed the variables {@code changed}; records what it finds. Returns
   * false if the search stops at or before the candidate, so that the ones after it need no
   * check either.
   */
  private boolean checkCandidate(Model m, Chunk chunk, int i, boolean initial, long changed, boolean[] violated,
      List<Chunk.Event> found, AtomicLong stopKey) {
    long at = chunk.keys[i];
    if (at > stopKey.get()) {
      return false;
    }
    Value[] state = chunk.states[i];
    for (int k = 0; k < violated.length; k++) {
      if (violated[k]) {
        continue;
      }
      boolean holds;
      try {
        holds = initial ? m.invariantHoldsInitially(k, state) : m.invariantHoldsAfterStep(k, state, changed);
      } catch (RuntimeException | StackOverflowError thrown) {
        ModelError e = options.errors().classify(thrown);
        if (e == null) {
          throw thrown;
        }
        // With all properties, the error counts only if no earlier state of the level
        // violates invariant k (then the sequential search would not have evaluated it).
        found.add(new Chunk.Event(at, k, Chunk.Type.CHECK_ERROR, k, e, chunk, i));
        if (!options.allProperties()) {
          Chunk.lower(stopKey, at);
          return false;
        }
        continue;
      }
      if (!holds) {
        violated[k] = true;
        found.add(new Chunk.Event(at, k, Chunk.Type.VIOLATION, k, null, chunk, i));
        if (!options.allProperties()) {
          Chunk.lower(stopKey, at);
          return false;
        }
      }
    }
    return true;
  }
}

package tlacheck.mc;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * Breadth-first exploration of a model's state graph, one level at a time, so that the first
 * violation found lies on a shortest path and its trace is a shortest counterexample.
 *
 * <p>Per state the engine keeps only its fingerprint in the {@link FingerprintSet} and a parent
 * link in the {@link TraceIndex} (on disk); the states themselves live only in the current and
 * next level. A trace is rebuilt by replaying the model along the chain of fingerprints
 * ({@link TraceReplay}).
 *
 * <p>Counts follow TLC: every initial state and every successor computed is "generated"; a
 * successor outside the state or action constraints is generated but not explored; invariants
 * are checked on each new state; a state with no successor at all is a deadlock.
 *
 * <p>Design: parallel, yet the same answer for every number of workers. The result of a
 * single-threaded search is defined by its order: parents in level order, each parent's
 * successors in enumeration order. Every successor therefore has a key (parent position,
 * successor ordinal; see {@link Chunk}), and the sequential search is the one that handles keys
 * in increasing order. Each level is expanded in four phases separated by barriers:
 * <ol>
 *   <li><b>Expand</b> (parallel over chunks of consecutive parents; worker w starts with the
 *       w-th of as many regions of the level as there are workers, see {@link Regions}): each
 *       worker, with its own {@link Model} instance (see {@link WorkerPool}), computes
 *       successors, drops those in earlier levels ({@link FingerprintSet#contains}, read-only in
 *       this phase) or already found in its own earlier chunks of the level, and keeps the rest
 *       as candidates with their keys. When the invariants are pure, it checks each parent's
 *       candidates right away, while their values are in its cache (see
 *       {@link #checkWhileExpanding}). Deadlocks, evaluation errors and violations become events
 *       with their keys.
 *   <li><b>Insert</b> (parallel over fingerprint-set segments): each worker walks all candidates
 *       in key order and adds those of its own segments to the set; a candidate is new exactly
 *       when it is the first of its fingerprint in key order, as in the sequential search.
 *   <li><b>Check</b> (parallel over slices, {@link InvariantChecks}): invariants of the new
 *       states, if not checked while expanding (initial states, impure invariants).
 *   <li><b>Resolve</b> (one thread, {@link LevelResolution}): events are taken in key order as
 *       the sequential search meets them, and the new states become the next level.
 * </ol>
 * The cost of determinism is small: candidates that duplicate a state of another worker's chunk
 * of the same level are kept (and checked) until the insert phase, and with impure invariants a
 * level with a violation is expanded to the end before the violation is reported.
 *
 * <p>The initial states are the level below the first ({@link InitialStates}).
 */
public final class Explorer {
  private static final int MAX_CHUNK = 256;
  private static final long REPORT_NANOS = 5_000_000_000L;

  private final CheckOptions options;
  private final Progress progress;
  private final WorkerPool workers;
  private final FingerprintSet seen = new FingerprintSet();
  private final TraceIndex traceIndex = new TraceIndex();
  private final Tally tally = new Tally();
  private final LevelResolution resolution;
  private final InvariantChecks invariants;
  /**
   * Whether a successor's invariants are checked as soon as its parent is expanded, while its
   * values are still in the processor's cache, rather than after the insert phase. With several
   * workers, some such candidates turn out to have been found earlier in the level by another
   * worker; finishLevel drops what was found on those. So this is only done when checking has no
   * effect of its own (the invariants are pure): TLC checks each distinct state once, and so
   * does Print.
   */
  private final boolean checkWhileExpanding;
  /** Whether successors outside the constraints are kept as candidates, for their invariants only. */
  private final boolean checkOutside;
  /** Per worker, the fingerprints of its candidates in the level so far. */
  private final LongOpenHashSet[] foundInLevel;
  private final long startNanos = System.nanoTime();
  private final AtomicLong lastReport = new AtomicLong(startNanos);
  /** Sees every step of a one-worker search, or null. */
  private SearchObserver observer;
  /** Bytes kept free so that a run out of memory can still stop cleanly and report. */
  private byte[] reserve = new byte[8 << 20];

  /** Receives periodic statistics during long runs (from any worker thread). */
  public interface Progress {
    Progress NONE = stats -> {};

    void report(Stats stats);
  }

  private Explorer(Model first, Supplier<Model> factory, CheckOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
    int count = factory == null ? 1 : options.workers();
    this.workers = new WorkerPool(first, factory, count, options.threads());
    this.resolution = new LevelResolution(options, traceIndex, tally, first);
    this.invariants = new InvariantChecks(workers, options);
    this.checkWhileExpanding = first.invariantCount() > 0 && first.invariantsArePure();
    this.checkOutside = first.invariantCount() > 0;
    this.foundInLevel = new LongOpenHashSet[count];
  }

  /** Runs the exploration with one worker, turning an evaluation failure into a result. */
  public static CheckResult check(Model model, CheckOptions options, Progress progress) {
    return new Explorer(model, null, options, progress).explore();
  }

  /**
   * Runs the exploration with {@code options.workers()} workers, each with its own model from
   * {@code factory} (which is called once per worker, from that worker's thread).
   */
  public static CheckResult check(Supplier<Model> factory, CheckOptions options, Progress progress) {
    return of(factory, options, progress).explore();
  }

  /** An explorer to {@link #explore()} once, for callers that also want {@link #fingerprintBytes()}. */
  public static Explorer of(Supplier<Model> factory, CheckOptions options, Progress progress) {
    return new Explorer(factory.get(), factory, options, progress);
  }

  /**
   * Shows every step of the search to {@code observer} (if not null), which needs a one-worker
   * search: the steps of a parallel one come in no useful order.
   */
  public Explorer observedBy(SearchObserver watcher) {
    if (watcher != null && workers.workers() != 1) {
      throw new IllegalArgumentException("a search with " + workers.workers() + " workers cannot be observed");
    }
    this.observer = watcher;
    return this;
  }

  /** Heap bytes held by the set of seen fingerprints: what the search keeps per distinct state. */
  public long fingerprintBytes() {
    return seen.bytes();
  }

  /** Runs the search; call once. */
  public CheckResult explore() {
    try {
      boolean complete = run();
      List<Violation> found = resolution.violations;
      Stats stats = tally.finished(complete, seconds());
      return complete ? new CheckResult.Explored(found, stats) : new CheckResult.Stopped(found, stats);
    } catch (OutOfMemoryError | TraceIndex.StateSpaceTooLarge e) {
      reserve = null;
      workers.abort();
      String why = e instanceof OutOfMemoryError
          ? "the Java heap is exhausted (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; give more with -Xmx)"
          : e.getMessage();
      return new CheckResult.TooLarge(resolution.violations, tally.interrupted(seconds()),
          "state space too large: " + why);
    } finally {
      workers.close();
      traceIndex.close();
    }
  }

  /** Returns whether every reachable state was explored. */
  private boolean run() {
    Chunk initial = new InitialStates(workers, seen, options.errors(), observer).generate();
    tally.levelSize = 1;
    Level next = finishLevel(Level.BEFORE_INITIAL, new Chunk[] {initial});
    Level current;
    while (next != null && next.states().length > 0) {
      current = next;
      tally.depth++;
      next = expand(current);
    }
    return next != null;
  }

  /** Expands one level; returns the next, or null if the search stops. */
  private Level expand(Level level) {
    Value[][] states = level.states();
    int size = states.length;
    tally.levelSize = size;
    tally.levelExpanded.set(0);
    int chunkSize = (int) Math.max(1, Math.min(MAX_CHUNK, size / (16L * workers.workers())));
    Chunk[] chunks = new Chunk[(size + chunkSize - 1) / chunkSize];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new Chunk(c * chunkSize, Math.min(size, (c + 1) * chunkSize));
    }
    AtomicLong stopKey = new AtomicLong(Long.MAX_VALUE);
    int expandWorkers = chunks.length == 1 ? 1 : workers.workers();
    Regions regions = new Regions(chunks.length, expandWorkers);
    workers.parallel(expandWorkers, w -> {
      Model m = workers.modelOf(w);
      m.beginLevel(tally.depth);
      LongOpenHashSet found = foundInLevel[w] == null ? (foundInLevel[w] = new LongOpenHashSet()) : foundInLevel[w];
      found.clear();
      int previous = -1;
      for (int c; (c = regions.claim(w)) >= 0 && !workers.aborted(); ) {
        Chunk chunk = chunks[c];
        if (Chunk.key(chunk.from, 0) > stopKey.get()) {
          continue; // The search stops before it; an earlier chunk may still be left elsewhere.
        }
        if (c < previous) {
          found.clear(); // It held states of later chunks, which must not hide this one's.
        }
        previous = c;
        expandChunk(m, states, chunk, found, stopKey);
        maybeReport();
      }
    });
    return finishLevel(level, chunks);
  }

  /**
   * Expands the parents of a chunk. {@code foundEarlier} holds the fingerprints of the
   * candidates of this worker's earlier chunks of the level (all before this one): a successor
   * among them, or in the seen set, is no candidate. With one worker, a level's candidates are
   * thus exactly its new states; with more, a state may still be a candidate in the chunks of
   * two workers, and the insert phase keeps the first.
   */
  private void expandChunk(Model m, Value[][] states, Chunk chunk, LongOpenHashSet foundEarlier, AtomicLong stopKey) {
    long chunkGenerated = 0;
    int[] ordinal = {0};
    boolean[] violated = checkWhileExpanding ? resolution.invariantViolated.clone() : null;
    // Which variables changed matters to the step constraints, and to invariant checks after the
    // insert phase.
    boolean keepChanged = violated == null && resolution.invariantViolated.length > 0;
    boolean constrained = m.constrainsSteps();
    for (int p = chunk.from; p < chunk.to && !workers.aborted(); p++) {
      if (Chunk.key(p, 0) > stopKey.get()) {
        break;
      }
      Value[] state = states[p];
      states[p] = null;
      int parent = p;
      int firstCandidate = chunk.count;
      ordinal[0] = 0;
      SearchObserver watching = observer;
      if (watching != null) {
        watching.expanding(state);
      }
      try {
        m.successors(state, (successor, label) -> {
          int j = ordinal[0]++;
          long changed = constrained || keepChanged ? States.changedSlots(state, successor) : States.ALL_SLOTS;
          boolean admitted = true;
          if (constrained) {
            try {
              admitted = m.admitsStep(state, successor, changed);
            } catch (RuntimeException | StackOverflowError thrown) {
              throw new SuccessorCheckFailed(thrown, successor);
            }
          }
          if (!admitted) {
            if (checkOutside) {
              // Outside the constraints: its invariants are checked all the same, as TLC does.
              m.settle(successor);
              chunk.add(successor, m.fingerprint(successor), Chunk.key(parent, j),
                  keepChanged ? changed : States.ALL_SLOTS, true);
            }
            return;
          }
          long fp = m.fingerprint(successor);
          if (watching != null) {
            watching.successor(state, successor, fp);
          }
          if (seen.contains(fp) || !foundEarlier.add(fp)) {
            return;
          }
          m.settle(successor);
          chunk.add(successor, fp, Chunk.key(parent, j), keepChanged ? changed : States.ALL_SLOTS, false);
        }, false);
      } catch (RuntimeException | StackOverflowError thrown) {
        Throwable cause = thrown instanceof SuccessorCheckFailed failed ? failed.getCause() : thrown;
        ModelError e = options.errors().classify(cause);
        if (e == null) {
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          throw (StackOverflowError) cause; // Not the model's: the engine's own bug.
        }
        if (thrown instanceof SuccessorCheckFailed failed) {
          e = e.at(new TraceStep(null, failed.successor)); // Counted already: the trace ends with it.
        } else if (e.successor() != null) {
          ordinal[0]++; // A successor the model could not complete counts as generated.
        }
        // The event is at the failing successor's own key, if there is one.
        long at = Chunk.key(p, e.successor() != null ? ordinal[0] - 1 : ordinal[0]);
        // The successors found before the error come before it in the sequential search.
        if (violated != null) {
          invariants.checkSuccessors(m, chunk, state, firstCandidate, violated, chunk.events, stopKey);
        }
        chunk.events.add(new Chunk.Event(at, 0, Chunk.Type.EXPANSION_ERROR, -1, e, chunk, -1));
        chunk.successorCounts[p - chunk.from] = ordinal[0];
        chunkGenerated += ordinal[0];
        Chunk.lower(stopKey, at);
        break;
      }
      if (violated != null) {
        invariants.checkSuccessors(m, chunk, state, firstCandidate, violated, chunk.events, stopKey);
      }
      chunk.successorCounts[p - chunk.from] = ordinal[0];
      chunkGenerated += ordinal[0];
      if (ordinal[0] == 0 && options.checkDeadlock()) {
        long at = Chunk.key(p, 0);
        chunk.events.add(new Chunk.Event(at, 0, Chunk.Type.DEADLOCK, -1, null, chunk, -1));
        if (!options.allProperties()) {
          Chunk.lower(stopKey, at);
          break;
        }
      }
    }
    tally.levelGenerated.addAndGet(chunkGenerated);
    tally.levelCandidates.addAndGet(chunk.count - chunk.outsideCount);
    tally.levelExpanded.addAndGet(chunk.to - chunk.from);
  }

  /**
   * The insert, check and resolve phases for the candidates of one level (or of the initial
   * states); returns the next level, or null if the search stops.
   */
  private Level finishLevel(Level level, Chunk[] chunks) {
    long candidates = 0;
    for (Chunk chunk : chunks) {
      candidates += chunk.count;
      chunk.fresh = new boolean[chunk.count];
    }
    int insertWorkers = candidates < 1024 ? 1 : workers.workers();
    workers.parallel(insertWorkers, w -> {
      for (Chunk chunk : chunks) {
        boolean[] fresh = chunk.fresh;
        long[] fps = chunk.fingerprints;
        boolean[] outside = chunk.outside;
        for (int i = 0; i < chunk.count; i++) {
          if (!outside[i] && (insertWorkers == 1 || FingerprintSet.segmentOf(fps[i]) % insertWorkers == w)) {
            fresh[i] = seen.add(fps[i]);
          }
        }
      }
    });
    for (Chunk chunk : chunks) {
      int n = 0;
      for (int i = 0; i < chunk.count; i++) {
        if (chunk.fresh[i]) {
          n++;
        } else if (!chunk.outside[i]) {
          chunk.states[i] = null;
        }
      }
      chunk.freshCount = n;
      // A candidate that is not fresh is a copy of one earlier in the level, checked there.
      chunk.events.removeIf(e -> e.candidate() >= 0 && !chunk.toCheck(e.candidate()));
    }
    boolean initial = level.isBeforeInitial();
    boolean[] violated = resolution.invariantViolated;
    if (violated.length > 0 && (initial || !checkWhileExpanding)) {
      invariants.checkLevel(chunks, candidates, initial, violated.clone());
    }
    return resolution.resolve(level, chunks);
  }

  /**
   * A constraint failed to evaluate on a successor: the failure, with the successor (as TLC, the
   * trace of the error ends with the successor being checked).
   */
  private static final class SuccessorCheckFailed extends RuntimeException {
    final transient Value[] successor;

    SuccessorCheckFailed(Throwable cause, Value[] successor) {
      super(cause);
      this.successor = successor;
    }
  }

  private double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private void maybeReport() {
    long now = System.nanoTime();
    long last = lastReport.get();
    if (now - last > REPORT_NANOS && lastReport.compareAndSet(last, now)) {
      progress.report(tally.sofar((now - startNanos) / 1e9));
    }
  }
}

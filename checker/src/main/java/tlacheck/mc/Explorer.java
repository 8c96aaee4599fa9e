package tlacheck.mc;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import tlacheck.eval.ActionLabel;
import tlacheck.eval.EvalException;
import tlacheck.source.TlaError;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * Breadth-first exploration of a model's state graph, one level at a time, so that the first
 * violation found lies on a shortest path and its trace is a shortest counterexample.
 *
 * <p>Per state the engine keeps only its fingerprint in the {@link FingerprintSet} and a parent
 * link in the {@link TraceIndex} (on disk); the states themselves live only in the current and
 * next level. A trace is rebuilt by replaying the model along the chain of fingerprints.
 *
 * <p>Counts follow TLC: every initial state and every successor computed is "generated"; a
 * successor outside the state or action constraints is generated but not explored; invariants
 * are checked on each new state; a state with no successor at all is a deadlock.
 *
 * <p>Design: parallel, yet the same answer for every number of workers. The result of a
 * single-threaded search is defined by its order: parents in level order, each parent's
 * successors in enumeration order. Every successor therefore has a key (parent position,
 * successor ordinal), and the sequential search is the one that handles keys in increasing
 * order. Each level is expanded in four phases separated by barriers:
 * <ol>
 *   <li><b>Expand</b> (parallel over chunks of consecutive parents; worker w starts with the
 *       w-th of as many regions of the level as there are workers, see {@link Regions}): each
 *       worker, with its own {@link Model} instance (evaluators are not thread-safe), computes
 *       successors, drops those in earlier levels ({@link FingerprintSet#contains}, read-only in
 *       this phase) or already found in its own earlier chunks of the level, and keeps the rest
 *       as candidates with their keys. When the invariants are pure, it checks each parent's
 *       candidates right away, while their values are in its cache (see {@link
 *       #checkWhileExpanding}). Deadlocks, evaluation errors and violations become events with
 *       their keys.
 *   <li><b>Insert</b> (parallel over fingerprint-set segments): each worker walks all candidates
 *       in key order and adds those of its own segments to the set; a candidate is new exactly
 *       when it is the first of its fingerprint in key order, as in the sequential search.
 *   <li><b>Check</b> (parallel over chunks): invariants of the new states, if not checked while
 *       expanding (initial states, impure invariants); violations and errors become events.
 *   <li><b>Resolve</b> (one thread): events are taken in key order as the sequential search
 *       meets them; the new states are given trace indexes in key order and become the next
 *       level, so positions, parents, and so traces, are the same for any worker count. If the
 *       search stops at an event, the statistics are those the sequential search would have at
 *       that point, computed from per-parent successor counts.
 * </ol>
 * The cost of determinism is small: candidates that duplicate a state of another worker's chunk
 * of the same level are kept (and checked) until the insert phase, and with impure invariants a
 * level with a violation is expanded to the end before the violation is reported.
 *
 * <p>The initial states are the level below the first. With several workers they are generated
 * in parallel when the model can split its initial predicate ({@link Model#initialStatesPart}):
 * each worker produces the states below its share of the choices at one nesting depth, tagged
 * with the choice's number, and merging by that number restores the sequential order.
 */
public final class Explorer {
  private static final int MAX_CHUNK = 256;
  private static final int CHECK_SLICE = 1024;
  private static final long REPORT_NANOS = 5_000_000_000L;

  private final Supplier<Model> factory;
  private final Model[] models;
  private final Model model;
  private final CheckOptions options;
  private final Progress progress;
  private final int workers;

  private final FingerprintSet seen = new FingerprintSet();
  private final TraceIndex traceIndex = new TraceIndex();
  private final List<Violation> violations = new ArrayList<>();
  private final boolean[] invariantViolated;
  /**
   * Whether a successor's invariants are checked as soon as its parent is expanded, while its
   * values are still in the processor's cache, rather than after the insert phase. With several
   * workers, some such candidates turn out to have been found earlier in the level by another
   * worker; finishLevel drops what was found on those. So this is only done when checking has no
   * effect of its own (the invariants are pure): TLC checks each distinct state once, and so
   * does Print.
   */
  private final boolean checkWhileExpanding;
  private final LongOpenHashSet[] local;
  private ExecutorService pool;
  private volatile boolean abort;
  private boolean deadlockFound;
  private long generated;
  private long distinct;
  private int depth;
  private final long startNanos = System.nanoTime();
  private final AtomicLong lastReport = new AtomicLong(startNanos);
  private final AtomicLong levelGenerated = new AtomicLong();
  private final AtomicLong levelCandidates = new AtomicLong();
  private final AtomicInteger levelExpanded = new AtomicInteger();
  private int levelSize;
  private long leftOnQueue;
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
    this.factory = factory;
    this.options = options;
    this.progress = progress;
    this.workers = factory == null ? 1 : options.workers();
    this.models = new Model[workers];
    this.models[0] = first;
    this.model = first;
    this.invariantViolated = new boolean[first.invariantCount()];
    this.checkWhileExpanding = invariantViolated.length > 0 && first.invariantsArePure();
    this.local = new LongOpenHashSet[workers];
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

  /**
   * As {@link #check(Supplier, CheckOptions, Progress)}, also showing every step of the search to
   * {@code observer} (if not null), which needs a one-worker search: the steps of a parallel one
   * come in no useful order.
   */
  public static CheckResult check(Supplier<Model> factory, CheckOptions options, Progress progress,
      SearchObserver observer) {
    if (observer != null && options.workers() != 1) {
      throw new IllegalArgumentException("a search with " + options.workers() + " workers cannot be observed");
    }
    Explorer explorer = of(factory, options, progress);
    explorer.observer = observer;
    return explorer.explore();
  }

  /** An explorer to {@link #explore()} once, for callers (benchmarks) that also want {@link #fingerprintBytes()}. */
  public static Explorer of(Supplier<Model> factory, CheckOptions options, Progress progress) {
    return new Explorer(factory.get(), factory, options, progress);
  }

  /** Heap bytes held by the set of seen fingerprints: what the search keeps per distinct state. */
  public long fingerprintBytes() {
    return seen.bytes();
  }

  // ------------------------------------------------------------------ level data

  /** The states of a level in the order the sequential search finds them. */
  private static final class Level {
    final Value[][] states;
    /** The trace index of the state at position 0; the others follow consecutively. */
    final int base;

    Level(Value[][] states, int base) {
      this.states = states;
      this.base = base;
    }
  }

  /** Something the sequential search reacts to, at a key. */
  private record Event(long key, int order, Type type, int invariant, TlaError error, Chunk chunk, int candidate) {}

  private enum Type { DEADLOCK, EXPANSION_ERROR, VIOLATION, CHECK_ERROR }

  private static final Comparator<Event> SEQUENTIAL = Comparator.comparingLong(Event::key).thenComparingInt(Event::order);

  private static long key(int parent, int ordinal) {
    return ((long) parent << 32) | (ordinal & 0xFFFFFFFFL);
  }

  private static int parentOf(long key) {
    return (int) (key >>> 32);
  }

  private static int ordinalOf(long key) {
    return (int) key;
  }

  /** What expanding a range of parents produced. */
  private static final class Chunk {
    final int from;
    final int to;
    final int[] successorCounts;
    Value[][] states = new Value[16][];
    long[] fingerprints = new long[16];
    long[] keys = new long[16];
    /**
     * Per candidate, the variables whose values are not the parent's objects (see {@link
     * #changedSlots}), when its invariants are checked after the insert phase.
     */
    long[] changed = new long[16];
    boolean[] fresh;
    int count;
    int freshCount;
    final List<Event> events = new ArrayList<>(0);

    Chunk(int from, int to) {
      this.from = from;
      this.to = to;
      this.successorCounts = new int[to - from];
    }

    void add(Value[] state, long fp, long key, long changedSlots) {
      if (count == states.length) {
        int capacity = count * 2;
        states = Arrays.copyOf(states, capacity);
        fingerprints = Arrays.copyOf(fingerprints, capacity);
        keys = Arrays.copyOf(keys, capacity);
        changed = Arrays.copyOf(changed, capacity);
      }
      states[count] = state;
      fingerprints[count] = fp;
      keys[count] = key;
      changed[count] = changedSlots;
      count++;
    }
  }

  /**
   * The variables a step changed, for {@link Model#invariantHoldsAfterStep}: bit
   * {@code min(slot, 63)} for each slot whose value is not the parent's very object. A value
   * that is equal but rebuilt counts as changed, which only costs a check.
   */
  static long changedSlots(Value[] parent, Value[] successor) {
    long changed = 0;
    for (int i = 0; i < successor.length; i++) {
      if (successor[i] != parent[i]) {
        changed |= 1L << Math.min(i, 63);
      }
    }
    return changed;
  }

  // ------------------------------------------------------------------ the search

  /** Runs the search; call once. */
  public CheckResult explore() {
    try {
      return run();
    } catch (OutOfMemoryError | TraceIndex.StateSpaceTooLarge e) {
      reserve = null;
      abort = true;
      String why = e instanceof OutOfMemoryError
          ? "the Java heap is exhausted (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; give more with -Xmx)"
          : e.getMessage();
      Stats stats = new Stats(generated + levelGenerated.get(), distinct + levelCandidates.get(),
          levelSize - levelExpanded.get(), depth, seconds());
      return new CheckResult(List.copyOf(violations), stats, false, "state space too large: " + why);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      traceIndex.close();
    }
  }

  private CheckResult run() {
    Chunk initial = workers > 1 ? parallelInitialStates() : null;
    if (initial == null) {
      initial = sequentialInitialStates();
    }
    Level current = new Level(new Value[][] {}, -1);
    levelSize = 1;
    Level next = finishLevel(current, new Chunk[] {initial});
    while (next != null && next.states.length > 0) {
      current = next;
      depth++;
      next = expand(current);
    }
    return finish(next != null);
  }

  private Chunk sequentialInitialStates() {
    Chunk initial = new Chunk(0, 1);
    int[] ordinal = {0};
    try {
      model.initialStates((state, label) -> {
        int j = ordinal[0]++;
        if (!model.satisfiesConstraints(state)) {
          return;
        }
        long fp = model.fingerprint(state);
        if (observer != null) {
          observer.initial(state, fp);
        }
        if (!seen.contains(fp)) {
          model.settle(state);
          initial.add(state, fp, key(0, j), -1L);
        }
      }, false);
    } catch (TlaError | ValueException | StackOverflowError thrown) {
      TlaError e = EvalException.of(thrown);
      initial.events.add(new Event(key(0, ordinal[0]), 0, Type.EXPANSION_ERROR, -1, e, initial, -1));
    }
    initial.successorCounts[0] = ordinal[0];
    return initial;
  }

  /** What one worker generated of the initial states: every state's choice number, and the kept ones. */
  private static final class InitialPart {
    int[] prefixes = new int[64];
    int generated;
    Value[][] states = new Value[64][];
    long[] fingerprints = new long[64];
    /** For each kept state, its position among this part's generated states. */
    int[] positions = new int[64];
    int kept;

    int generate(int prefix) {
      if (generated == prefixes.length) {
        prefixes = Arrays.copyOf(prefixes, generated * 2);
      }
      prefixes[generated] = prefix;
      return generated++;
    }

    void keep(Value[] state, long fp, int position) {
      if (kept == states.length) {
        states = Arrays.copyOf(states, kept * 2);
        fingerprints = Arrays.copyOf(fingerprints, kept * 2);
        positions = Arrays.copyOf(positions, kept * 2);
      }
      states[kept] = state;
      fingerprints[kept] = fp;
      positions[kept] = position;
      kept++;
    }
  }

  /**
   * The initial states generated by all workers, each taking its share of the choices at some
   * nesting depth of the initial predicate, then merged into the sequential order; null if the
   * predicate does not split well or an error occurred (the sequential generation then reports
   * it exactly as a single worker would).
   */
  private Chunk parallelInitialStates() {
    int splitDepth = splitDepth();
    if (splitDepth == 0) {
      return null;
    }
    InitialPart[] parts = new InitialPart[workers];
    try {
      parallel(workers, w -> {
        Model m = modelOf(w);
        InitialPart part = new InitialPart();
        parts[w] = part;
        m.initialStatesPart(splitDepth, w, workers, (state, prefix) -> {
          int position = part.generate(prefix);
          if (m.satisfiesConstraints(state)) {
            long fp = m.fingerprint(state);
            m.settle(state);
            part.keep(state, fp, position);
          }
        });
      });
    } catch (TlaError | ValueException | StackOverflowError e) {
      abort = false;
      return null;
    }
    // Merge: each prefix belongs to one part, and each part lists its prefixes in order.
    Chunk initial = new Chunk(0, 1);
    int[] next = new int[workers];
    int[] nextKept = new int[workers];
    int ordinal = 0;
    while (true) {
      int from = -1;
      int prefix = Integer.MAX_VALUE;
      for (int w = 0; w < workers; w++) {
        InitialPart part = parts[w];
        if (next[w] < part.generated && part.prefixes[next[w]] < prefix) {
          prefix = part.prefixes[next[w]];
          from = w;
        }
      }
      if (from < 0) {
        break;
      }
      InitialPart part = parts[from];
      while (next[from] < part.generated && part.prefixes[next[from]] == prefix) {
        int position = next[from]++;
        int k = nextKept[from];
        if (k < part.kept && part.positions[k] == position) {
          initial.add(part.states[k], part.fingerprints[k], key(0, ordinal), -1L);
          part.states[k] = null;
          nextKept[from]++;
        }
        ordinal++;
      }
    }
    initial.successorCounts[0] = ordinal;
    return initial;
  }

  /**
   * The nesting depth of the initial predicate's choices at which to split its states between
   * workers: the shallowest with enough choices for an even share, or 0 if there is none.
   */
  private int splitDepth() {
    int wanted = 8 * workers;
    int previous = 0;
    try {
      for (int depth = 1; depth <= 4; depth++) {
        int prefixes = model.initialPrefixes(depth);
        if (prefixes < 0) {
          return 0;
        }
        if (prefixes >= wanted) {
          return depth;
        }
        if (prefixes == previous) {
          // No deeper choices: split at the last depth if that still gives every worker some.
          return previous >= 2 * workers ? depth - 1 : 0;
        }
        previous = prefixes;
      }
    } catch (TlaError | ValueException | StackOverflowError e) {
      return 0; // The sequential generation reports it.
    }
    return previous >= 2 * workers ? 4 : 0;
  }

  /** Expands one level; returns the next, or null if the search stops. */
  private Level expand(Level level) {
    Value[][] states = level.states;
    int size = states.length;
    levelSize = size;
    levelExpanded.set(0);
    int chunkSize = (int) Math.max(1, Math.min(MAX_CHUNK, size / (16L * workers)));
    Chunk[] chunks = new Chunk[(size + chunkSize - 1) / chunkSize];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new Chunk(c * chunkSize, Math.min(size, (c + 1) * chunkSize));
    }
    AtomicLong stopKey = new AtomicLong(Long.MAX_VALUE);
    int expandWorkers = chunks.length == 1 ? 1 : workers;
    Regions regions = new Regions(chunks.length, expandWorkers);
    parallel(expandWorkers, w -> {
      Model m = modelOf(w);
      m.setLevel(depth);
      LongOpenHashSet foundEarlier = local[w] == null ? (local[w] = new LongOpenHashSet()) : local[w];
      foundEarlier.clear();
      int previous = -1;
      for (int c; (c = regions.claim(w)) >= 0 && !abort; ) {
        Chunk chunk = chunks[c];
        if (key(chunk.from, 0) > stopKey.get()) {
          continue; // The search stops before it; an earlier chunk may still be left elsewhere.
        }
        if (c < previous) {
          foundEarlier.clear(); // It held states of later chunks, which must not hide this one's.
        }
        previous = c;
        expandChunk(m, states, chunk, foundEarlier, stopKey);
        maybeReport();
      }
    });
    return finishLevel(level, chunks);
  }

  /**
   * Hands out a level's chunks to its workers. Worker w takes, in order, the chunks of the w-th
   * of as many contiguous regions as there are workers, then what is left of the others. A level
   * lists its states in the order of their parents, so the states worker w generates from region
   * w make up, give or take a chunk, region w of the next level: each worker mostly expands
   * states whose values it built itself, still in its core's cache, instead of reading the other
   * core's (with a shared counter, neighbouring chunks went to different workers).
   */
  private static final class Regions {
    private final AtomicIntegerArray next;
    private final int[] end;

    Regions(int chunks, int workers) {
      next = new AtomicIntegerArray(workers);
      end = new int[workers];
      for (int r = 0; r < workers; r++) {
        next.set(r, (int) ((long) chunks * r / workers));
        end[r] = (int) ((long) chunks * (r + 1) / workers);
      }
    }

    /** The next chunk for worker w, or -1 if none is left. */
    int claim(int w) {
      int regions = end.length;
      for (int i = 0; i < regions; i++) {
        int r = (w + i) % regions;
        if (next.get(r) < end[r]) {
          int c = next.getAndIncrement(r);
          if (c < end[r]) {
            return c;
          }
        }
      }
      return -1;
    }
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
    boolean[] violated = checkWhileExpanding ? invariantViolated.clone() : null;
    for (int p = chunk.from; p < chunk.to && !abort; p++) {
      if (key(p, 0) > stopKey.get()) {
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
          if (!m.satisfiesConstraintsAfterStep(state, successor) || !m.satisfiesActionConstraints(state, successor)) {
            return;
          }
          long fp = m.fingerprint(successor);
          if (watching != null) {
            watching.successor(state, successor, fp);
          }
          if (seen.contains(fp) || !foundEarlier.add(fp)) {
            return;
          }
          // Which variables changed matters only to invariant checks after the insert phase.
          long changed = violated != null || invariantViolated.length == 0 ? -1L : changedSlots(state, successor);
          m.settle(successor);
          chunk.add(successor, fp, key(parent, j), changed);
        }, false);
      } catch (TlaError | ValueException | StackOverflowError thrown) {
        TlaError e = EvalException.of(thrown);
        long at = key(p, ordinal[0]);
        // The successors found before the error come before it in the sequential search.
        if (violated != null) {
          checkCandidates(m, chunk, state, firstCandidate, violated, chunk.events, stopKey);
        }
        chunk.events.add(new Event(at, 0, Type.EXPANSION_ERROR, -1, e, chunk, -1));
        chunk.successorCounts[p - chunk.from] = ordinal[0];
        chunkGenerated += ordinal[0];
        lower(stopKey, at);
        break;
      }
      if (violated != null) {
        checkCandidates(m, chunk, state, firstCandidate, violated, chunk.events, stopKey);
      }
      chunk.successorCounts[p - chunk.from] = ordinal[0];
      chunkGenerated += ordinal[0];
      if (ordinal[0] == 0 && options.checkDeadlock()) {
        long at = key(p, 0);
        chunk.events.add(new Event(at, 0, Type.DEADLOCK, -1, null, chunk, -1));
        if (!options.allProperties()) {
          lower(stopKey, at);
          break;
        }
      }
    }
    levelGenerated.addAndGet(chunkGenerated);
    levelCandidates.addAndGet(chunk.count);
    levelExpanded.addAndGet(chunk.to - chunk.from);
  }

  private static void lower(AtomicLong stopKey, long key) {
    long current;
    while (key < (current = stopKey.get()) && !stopKey.compareAndSet(current, key)) {
      // Retry until the smaller key is in place.
    }
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
    int insertWorkers = candidates < 1024 ? 1 : workers;
    parallel(insertWorkers, w -> {
      for (Chunk chunk : chunks) {
        boolean[] fresh = chunk.fresh;
        long[] fps = chunk.fingerprints;
        for (int i = 0; i < chunk.count; i++) {
          if (insertWorkers == 1 || FingerprintSet.segmentOf(fps[i]) % insertWorkers == w) {
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
        } else {
          chunk.states[i] = null;
        }
      }
      chunk.freshCount = n;
      // A candidate that is not fresh is a copy of one earlier in the level, checked there.
      chunk.events.removeIf(e -> e.candidate >= 0 && !chunk.fresh[e.candidate]);
    }
    boolean initial = level.base < 0;
    if (invariantViolated.length > 0 && (initial || !checkWhileExpanding)) {
      checkInvariants(chunks, candidates, initial);
    }
    return resolve(level, chunks);
  }

  /**
   * Checks the fresh candidates; {@code initial} if they are the initial states. Successors are
   * checked here only if {@link #checkWhileExpanding} is false.
   */
  private void checkInvariants(Chunk[] chunks, long candidates, boolean initial) {
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicLong stopKey = new AtomicLong(Long.MAX_VALUE);
    if (!options.allProperties()) {
      for (Chunk chunk : chunks) {
        for (Event e : chunk.events) {
          lower(stopKey, e.key);
        }
      }
    }
    boolean[] before = invariantViolated.clone();
    // Slices of at most CHECK_SLICE candidates, so that one big chunk (the initial states) is
    // still checked by every worker. Each slice starts from the violations known before the
    // level, as each chunk would; the resolve phase keeps the first in sequential order.
    List<int[]> slices = new ArrayList<>();
    for (int c = 0; c < chunks.length; c++) {
      for (int from = 0; from < chunks[c].count; from += CHECK_SLICE) {
        slices.add(new int[] {c, from, Math.min(chunks[c].count, from + CHECK_SLICE)});
      }
    }
    parallel(candidates < 64 ? 1 : workers, w -> {
      Model m = modelOf(w);
      for (int k; (k = nextChunk.getAndIncrement()) < slices.size() && !abort; ) {
        int[] slice = slices.get(k);
        checkSlice(m, chunks[slice[0]], slice[1], slice[2], before.clone(), stopKey, initial);
      }
    });
  }

  /** Checks the fresh ones among candidates {@code from..to-1} of a chunk. */
  private void checkSlice(Model m, Chunk chunk, int from, int to, boolean[] violated, AtomicLong stopKey,
      boolean initial) {
    List<Event> found = new ArrayList<>(0);
    for (int i = from; i < to && !abort; i++) {
      if (chunk.fresh[i] && !checkCandidate(m, chunk, i, initial, chunk.changed[i], violated, found, stopKey)) {
        break;
      }
    }
    synchronized (chunk) {
      chunk.events.addAll(found);
    }
  }

  /** Checks the candidates from {@code from} on, all successors of {@code parent}. */
  private void checkCandidates(Model m, Chunk chunk, Value[] parent, int from, boolean[] violated, List<Event> found,
      AtomicLong stopKey) {
    for (int i = from; i < chunk.count && !abort; i++) {
      long changed = changedSlots(parent, chunk.states[i]);
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
      List<Event> found, AtomicLong stopKey) {
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
        // A successor's parent satisfied every invariant still checked: a violation or an
        // error stops the search, and an invariant once violated is not checked again.
        holds = initial ? m.invariantHoldsInitially(k, state) : m.invariantHoldsAfterStep(k, state, changed);
      } catch (TlaError | ValueException | StackOverflowError thrown) {
        TlaError e = EvalException.of(thrown);
        // With all properties, the error counts only if no earlier state of the level
        // violates invariant k (then the sequential search would not have evaluated it).
        found.add(new Event(at, k, Type.CHECK_ERROR, k, e, chunk, i));
        if (!options.allProperties()) {
          lower(stopKey, at);
          return false;
        }
        continue;
      }
      if (!holds) {
        violated[k] = true;
        found.add(new Event(at, k, Type.VIOLATION, k, null, chunk, i));
        if (!options.allProperties()) {
          lower(stopKey, at);
          return false;
        }
      }
    }
    return true;
  }

  /** The resolve phase: meets the events in sequential order, then builds the next level. */
  private Level resolve(Level level, Chunk[] chunks) {
    List<Event> events = new ArrayList<>();
    for (Chunk chunk : chunks) {
      events.addAll(chunk.events);
    }
    events.sort(SEQUENTIAL);
    Event stop = null;
    List<Event> recorded = new ArrayList<>();
    for (Event e : events) {
      boolean stops;
      switch (e.type) {
        case VIOLATION:
          if (invariantViolated[e.invariant]) {
            continue;
          }
          invariantViolated[e.invariant] = true;
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
          if (invariantViolated[e.invariant]) {
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
    long stopAt = stop == null ? Long.MAX_VALUE : stop.key;
    // New states up to the stop, in key order: their trace indexes and the next level.
    int parentBase = level.base;
    int base = (int) traceIndex.size();
    int total = 0;
    for (Chunk chunk : chunks) {
      total += chunk.freshCount;
    }
    Value[][] nextStates = stop == null ? new Value[total][] : null;
    int n = 0;
    long levelGeneratedNow = 0;
    outer:
    for (Chunk chunk : chunks) {
      for (int i = 0; i < chunk.count; i++) {
        if (!chunk.fresh[i]) {
          continue;
        }
        long k = chunk.keys[i];
        if (k > stopAt) {
          break outer;
        }
        int parentIndex = parentBase < 0 ? -1 : parentBase + parentOf(k);
        traceIndex.add(chunk.fingerprints[i], parentIndex);
        if (nextStates != null) {
          nextStates[n] = chunk.states[i];
        }
        chunk.states[i] = null;
        n++;
      }
    }
    for (Event e : recorded) {
      int index = e.candidate >= 0 ? base + rank(chunks, e.chunk, e.candidate) : parentIndexOf(level, e.key);
      violations.add(violationOf(e, index));
    }
    if (stop == null) {
      for (Chunk chunk : chunks) {
        for (int c : chunk.successorCounts) {
          levelGeneratedNow += c;
        }
      }
      generated += levelGeneratedNow;
      distinct += n;
      resetLevelCounters();
      return new Level(nextStates, base);
    }
    // Statistics as the sequential search has them at the stopping event.
    int parent = parentOf(stop.key);
    for (Chunk chunk : chunks) {
      for (int p = chunk.from; p < chunk.to && p < parent; p++) {
        levelGeneratedNow += chunk.successorCounts[p - chunk.from];
      }
    }
    int j = ordinalOf(stop.key);
    boolean onNewState = stop.type == Type.VIOLATION || stop.type == Type.CHECK_ERROR;
    levelGeneratedNow += onNewState ? j + 1 : j;
    generated += levelGeneratedNow;
    distinct += n;
    int unexpanded = parentBase < 0 ? 0 : level.states.length - parent - 1;
    leftOnQueue = unexpanded + n - (onNewState ? 1 : 0);
    resetLevelCounters();
    return null;
  }

  private void resetLevelCounters() {
    levelGenerated.set(0);
    levelCandidates.set(0);
    levelExpanded.set(0);
  }

  /** The position among the level's new states of a candidate. */
  private static int rank(Chunk[] chunks, Chunk chunk, int candidate) {
    int r = 0;
    for (Chunk c : chunks) {
      if (c == chunk) {
        for (int i = 0; i < candidate; i++) {
          if (c.fresh[i]) {
            r++;
          }
        }
        return r;
      }
      r += c.freshCount;
    }
    throw new IllegalStateException("candidate not in the level");
  }

  private static int parentIndexOf(Level level, long key) {
    return level.base < 0 ? -1 : level.base + parentOf(key);
  }

  private Violation violationOf(Event e, int index) {
    switch (e.type) {
      case VIOLATION:
        return new Violation(Violation.Kind.INVARIANT, model.invariantName(e.invariant), null, replay(index));
      case DEADLOCK:
        return new Violation(Violation.Kind.DEADLOCK, null, null, replay(index));
      default:
        Violation.Kind kind = e.error instanceof EvalException.AssertionFailed ? Violation.Kind.ASSERT
            : Violation.Kind.EVALUATION;
        List<TraceStep> trace;
        try {
          trace = index < 0 ? List.of() : replay(index);
        } catch (TlaError again) {
          trace = List.of();
        }
        return new Violation(kind, null, e.error.render(), trace);
    }
  }

  private CheckResult finish(boolean complete) {
    return new CheckResult(List.copyOf(violations), new Stats(generated, distinct, complete ? 0 : leftOnQueue, depth,
        seconds()), complete);
  }

  private double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  // ------------------------------------------------------------------ workers

  private Model modelOf(int worker) {
    Model m = models[worker];
    if (m == null) {
      m = factory.get();
      models[worker] = m;
    }
    return m;
  }

  /** Runs {@code task(w)} for w in 0..n-1, task 0 in this thread, and waits for all. */
  private void parallel(int n, IntConsumer task) {
    if (n == 1) {
      task.accept(0);
      return;
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(workers - 1, r -> {
        Thread t = tlacheck.eval.EvalThreads.thread(r, "tlacheck-worker");
        // A task's failure reaches the coordinator through its Future; an error outside a task
        // (the pool itself out of memory) must not print a stack trace over the report.
        t.setUncaughtExceptionHandler((thread, e) -> abort = true);
        return t;
      });
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 1; w < n; w++) {
      int worker = w;
      futures.add(pool.submit(() -> task.accept(worker)));
    }
    Throwable failure = null;
    try {
      task.accept(0);
    } catch (Throwable t) {
      abort = true;
      failure = t;
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        abort = true;
        if (failure == null) {
          failure = e.getCause();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abort = true;
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private void maybeReport() {
    long now = System.nanoTime();
    long last = lastReport.get();
    if (now - last > REPORT_NANOS && lastReport.compareAndSet(last, now)) {
      progress.report(new Stats(generated + levelGenerated.get(), distinct + levelCandidates.get(),
          levelSize - levelExpanded.get() + levelCandidates.get(), depth, (now - startNanos) / 1e9));
    }
  }

  // ------------------------------------------------------------------ traces

  /**
   * Rebuilds the states on the path to a state by replaying the model: from the initial state
   * with the first fingerprint, each next state is the successor with the next fingerprint.
   */
  List<TraceStep> replay(int index) {
    long[] path = traceIndex.pathTo(index);
    List<TraceStep> steps = new ArrayList<>();
    Value[][] found = new Value[1][];
    ActionLabel[] how = new ActionLabel[1];
    model.initialStates((state, label) -> {
      if (found[0] == null && model.fingerprint(state) == path[0]) {
        found[0] = state;
      }
    }, false);
    if (found[0] == null) {
      throw new IllegalStateException("trace replay found no initial state with fingerprint " + path[0]
          + ": the initial predicate is not deterministic (e.g. it uses RandomElement or TLCGet)");
    }
    steps.add(new TraceStep(null, found[0]));
    for (int i = 1; i < path.length; i++) {
      Value[] previous = found[0];
      long wanted = path[i];
      found[0] = null;
      model.setLevel(i);
      model.successors(previous, (state, label) -> {
        if (found[0] == null && model.fingerprint(state) == wanted) {
          found[0] = state;
          how[0] = label;
        }
      }, true);
      if (found[0] == null) {
        throw new IllegalStateException("trace replay could not find step " + (i + 1)
            + ": the next-state relation is not deterministic (e.g. it uses RandomElement or TLCGet)");
      }
      steps.add(new TraceStep(how[0], found[0]));
    }
    model.setLevel(depth);
    return steps;
  }
}

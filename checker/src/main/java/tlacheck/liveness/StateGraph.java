package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayDeque;
import java.util.List;
import tlacheck.eval.temporal.TemporalAtom;
import tlacheck.mc.Model;
import tlacheck.mc.SearchObserver;
import tlacheck.source.TlaError;
import tlacheck.value.States;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * The reachable state graph with its edges, for liveness checking, stored compactly.
 *
 * <p>Design: the graph is explored breadth-first exactly as the safety {@code Explorer} does, or
 * recorded from a one-worker {@code Explorer} search ({@link Recorder}), with the same result
 * (initial states and successors outside the CONSTRAINTs and ACTION_CONSTRAINTs are left out),
 * so node numbers are BFS discovery order and a node's BFS parent gives a shortest path. States
 * are not kept: every atom of the temporal formulas is evaluated once, when its state or step is
 * first seen (ENABLED of a fairness condition when its state has been expanded, see
 * {@link AtomBits#witnessStep}), and only the bits are stored. Nodes are ints; edges are a CSR array (edges of node
 * n are {@code targets[offsets[n] .. offsets[n+1])}, duplicates and self-loops removed, since a
 * self-loop is a stuttering step, which every state has anyway). Per node: the fingerprint, the
 * BFS parent, the state-atom bits and the action-atom bits of its stuttering step; per edge:
 * the action-atom bits. Traces are rebuilt by replaying the model along fingerprints.
 *
 * <p>While building, two kinds of property are checked as TLC checks them during its search:
 * state predicates on the initial states and actions on every step. The first violation stops
 * the build; as exploration is breadth-first, the step found lies at the end of a shortest path.
 */
final class StateGraph {
  final int stateWords;
  final int actionWords;
  /** Per node. */
  long[] fingerprints;
  int[] parents;
  long[] stateBits;
  long[] stutterBits;
  /** CSR edges. */
  int[] offsets;
  int[] targets;
  long[] edgeBits;
  int nodeCount;
  int initialCount;
  /** ENABLED atoms computed from the graph's steps because enumeration could not decide them. */
  final java.util.Set<TemporalAtom> derivedEnabled = new java.util.LinkedHashSet<>();

  /** The first violated initial-state check (index into initChecks) and its node, or -1. */
  int violatedInit = -1;
  int violatedInitNode = -1;
  /** The first violated step check (index into stepChecks), its source node and target fingerprint. */
  int violatedStep = -1;
  int violatedStepSource = -1;
  long violatedStepTarget;

  private StateGraph(int stateAtoms, int actionAtoms) {
    this.stateWords = (stateAtoms + 63) >>> 6;
    this.actionWords = (actionAtoms + 63) >>> 6;
  }

  boolean stateBit(int node, int atom) {
    return (stateBits[node * stateWords + (atom >>> 6)] >>> (atom & 63) & 1L) != 0;
  }

  /** The action bit of an edge, or of the stuttering step of {@code source} when {@code edge < 0}. */
  boolean actionBit(int edge, int source, int atom) {
    long word = edge >= 0 ? edgeBits[edge * actionWords + (atom >>> 6)]
        : stutterBits[source * actionWords + (atom >>> 6)];
    return (word >>> (atom & 63) & 1L) != 0;
  }

  int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }

  /** The nodes on the BFS path from an initial state to {@code node}, first to last. */
  int[] pathTo(int node) {
    IntArrayList path = new IntArrayList();
    for (int n = node; n >= 0; n = parents[n]) {
      path.add(n);
    }
    int[] out = new int[path.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = path.getInt(out.length - 1 - i);
    }
    return out;
  }

  /**
   * Explores the model. {@code initChecks} and {@code stepChecks} index into the state and
   * action atoms: predicates every initial state must satisfy and actions every step must.
   */
  static StateGraph build(Model model, List<TemporalAtom> stateAtoms, List<TemporalAtom> actionAtoms,
      int[] initChecks, int[] stepChecks) {
    StateGraph g = new StateGraph(stateAtoms.size(), actionAtoms.size());
    new Builder(g, model, new AtomBits(g, stateAtoms, actionAtoms, initChecks, stepChecks), true).run();
    return g;
  }

  /**
   * The same graph as {@link #build}, made from the steps of the safety search as it runs (a
   * {@link SearchObserver}), which saves exploring the model a second time. The search calls
   * come in the order {@link #build} would explore in, so node numbers and parents are the same.
   * With {@code helperAtoms} (the same atoms, made from a second load of the specification, since
   * atoms are not thread-safe) the atoms are evaluated on a second thread while the search goes
   * on; the bits are the same, as that thread takes the states and steps in the same order.
   */
  static final class Recorder implements SearchObserver {
    private final StateGraph g;
    private final Builder builder;

    Recorder(Model model, List<TemporalAtom> stateAtoms, List<TemporalAtom> actionAtoms, int[] initChecks,
        int[] stepChecks, List<TemporalAtom> helperStateAtoms, List<TemporalAtom> helperActionAtoms) {
      g = new StateGraph(stateAtoms.size(), actionAtoms.size());
      AtomBits bits = helperStateAtoms == null ? new AtomBits(g, stateAtoms, actionAtoms, initChecks, stepChecks)
          : new AtomBits(g, helperStateAtoms, helperActionAtoms, initChecks, stepChecks);
      builder = new Builder(g, model, helperStateAtoms == null ? bits : new AtomPipeline(bits), false);
    }

    @Override
    public void initial(Value[] state, long fingerprint) {
      if (!builder.atoms.stopped()) {
        builder.initial(state, fingerprint);
      }
    }

    @Override
    public void expanding(Value[] state) {
      if (!builder.atoms.stopped()) {
        builder.expanding(state);
      }
    }

    @Override
    public void successor(Value[] from, Value[] to, long fingerprint) {
      if (!builder.atoms.stopped()) {
        builder.successor(from, to, fingerprint);
      }
    }

    /** The graph; throws the evaluation error that stopped the recording, if any. */
    StateGraph finish() {
      builder.finish();
      return g;
    }
  }

  /**
   * What the graph's structure asks of the atoms, in its order: the bits of a new node (its
   * state atoms and its stuttering step), the checks of a new initial state, and the bits and
   * checks of a new edge.
   */
  private interface AtomSink {
    void node(Value[] state);

    void initial(int node, Value[] state);

    void edge(int from, Value[] state, Value[] successor, long fp);

    /** Every edge of a node has been given (its successors are all known); {@code state} is its state. */
    void expanded(int node, Value[] state);

    /** True once a check failed or an atom failed to evaluate: the graph need not grow further. */
    boolean stopped();

    /** All bits, once every request has been served; throws an atom's evaluation error. */
    AtomBits drain();
  }

  /** Builds the graph's structure: nodes by fingerprint in discovery order, parents, edges. */
  private static final class Builder {
    private final StateGraph g;
    private final Model model;
    final AtomSink atoms;
    private final Long2IntOpenHashMap index = new Long2IntOpenHashMap();
    private final LongArrayList fingerprints = new LongArrayList();
    private final IntArrayList parents = new IntArrayList();
    private final IntArrayList offsets = new IntArrayList();
    private final IntArrayList targets = new IntArrayList();
    /** States to expand, when the builder explores by itself (not when it records a search). */
    private final ArrayDeque<Value[]> queue;
    private boolean initialDone;
    private int source;
    /** The state of node {@code source - 1}, whose successors are coming in. */
    private Value[] expandingState;
    private final IntOpenHashSet edgesOfSource = new IntOpenHashSet();

    Builder(StateGraph g, Model model, AtomSink atoms, boolean explore) {
      this.g = g;
      this.model = model;
      this.atoms = atoms;
      this.queue = explore ? new ArrayDeque<>() : null;
      index.defaultReturnValue(-1);
    }

    void run() {
      model.initialStates((state, label) -> {
        if (!atoms.stopped() && model.admitsInitial(state)) {
          initial(state, model.fingerprint(state));
        }
      }, false);
      int level = 0;
      int levelEnd = fingerprints.size();
      while (!queue.isEmpty() && !atoms.stopped()) {
        if (source == 0 || source == levelEnd) {
          level++;
          levelEnd = fingerprints.size();
          model.beginLevel(level);
        }
        Value[] state = queue.poll();
        expanding(state);
        model.successors(state, (successor, label) -> {
          if (!atoms.stopped() && model.admitsStep(state, successor, States.ALL_SLOTS)) {
            successor(state, successor, model.fingerprint(successor));
          }
        }, false);
      }
      finish();
    }

    /** An initial state inside the constraints (perhaps one seen before). */
    void initial(Value[] state, long fp) {
      int before = fingerprints.size();
      int node = admit(state, -1, fp);
      if (node == before) {
        atoms.initial(node, state);
      }
    }

    /** The next node in number order is expanded: its successors follow. */
    void expanding(Value[] state) {
      if (!initialDone) {
        initialDone = true;
        g.initialCount = fingerprints.size();
      }
      assert fingerprints.getLong(source) == model.fingerprint(state) : "states expanded out of order";
      if (expandingState != null) {
        atoms.expanded(source - 1, expandingState);
      }
      expandingState = state;
      offsets.add(targets.size());
      edgesOfSource.clear();
      source++;
    }

    /** A successor, inside the constraints, of the state being expanded. */
    void successor(Value[] state, Value[] successor, long fp) {
      int from = source - 1;
      int to = admit(successor, from, fp);
      if (to == from || !edgesOfSource.add(to)) {
        return;
      }
      targets.add(to);
      atoms.edge(from, state, successor, fp);
    }

    void finish() {
      if (expandingState != null && !atoms.stopped()) {
        atoms.expanded(source - 1, expandingState);
      }
      expandingState = null;
      AtomBits bits = atoms.drain();
      if (!initialDone) {
        initialDone = true;
        g.initialCount = fingerprints.size();
      }
      while (offsets.size() <= fingerprints.size()) {
        offsets.add(targets.size()); // Nodes left unexpanded after a stop have no edges.
      }
      g.nodeCount = fingerprints.size();
      g.fingerprints = fingerprints.toLongArray();
      g.parents = parents.toIntArray();
      g.offsets = offsets.toIntArray();
      g.targets = targets.toIntArray();
      // After a stop the structure may be ahead of the bits (nodes and edges met before the
      // search learnt of it): they get none, and nothing reads them.
      g.stateBits = java.util.Arrays.copyOf(bits.stateBits.toLongArray(), g.nodeCount * g.stateWords);
      g.stutterBits = java.util.Arrays.copyOf(bits.stutterBits.toLongArray(), g.nodeCount * g.actionWords);
      g.edgeBits = java.util.Arrays.copyOf(bits.edgeBits.toLongArray(), g.targets.length * g.actionWords);
      bits.deriveEnabled();
    }

    /** The node of a state, adding it (and asking for its atom bits) if it is new. */
    private int admit(Value[] state, int parent, long fp) {
      int node = index.get(fp);
      if (node >= 0) {
        return node;
      }
      node = fingerprints.size();
      index.put(fp, node);
      fingerprints.add(fp);
      parents.add(parent);
      atoms.node(state);
      if (queue != null) {
        queue.add(state);
      }
      return node;
    }
  }

  /** Evaluates the atoms and keeps their bits, on the thread that asks. */
  private static final class AtomBits implements AtomSink {
    private final StateGraph g;
    private final TemporalAtom[] stateAtoms;
    private final TemporalAtom[] actionAtoms;
    private final int[] initChecks;
    private final int[] stepChecks;
    final LongArrayList stateBits = new LongArrayList();
    final LongArrayList stutterBits = new LongArrayList();
    final LongArrayList edgeBits = new LongArrayList();
    private final long[] scratch;
    private final boolean[] derived;
    /**
     * Per state atom: for {@code ENABLED <<A>>_v} of a fairness condition, the index of its action
     * atom {@code <<A>>_v}, else -1. Such an atom is decided when its state has been expanded,
     * not when it is first seen: it is true if one of the state's edges is an {@code <<A>>_v}
     * step (that successor is the witness), and only otherwise evaluated. Every edge's action
     * bits are computed anyway, and A is usually a disjunct of the next-state relation, so most
     * enabled actions are known without a second enumeration. (Atoms that initial states are
     * checked against are evaluated at once, as before.)
     */
    private final int[] witnessStep;
    /** The state atoms with a {@link #witnessStep}. */
    private final int[] decidedOnExpansion;
    /** A check failed, or an atom failed to evaluate ({@link #failure}). */
    volatile boolean stop;
    TlaError failure;

    AtomBits(StateGraph g, List<TemporalAtom> stateAtoms, List<TemporalAtom> actionAtoms, int[] initChecks,
        int[] stepChecks) {
      this.g = g;
      this.stateAtoms = stateAtoms.toArray(new TemporalAtom[0]);
      this.actionAtoms = actionAtoms.toArray(new TemporalAtom[0]);
      this.initChecks = initChecks;
      this.stepChecks = stepChecks;
      this.scratch = new long[Math.max(g.actionWords, 1)];
      this.derived = new boolean[stateAtoms.size()];
      this.witnessStep = new int[stateAtoms.size()];
      IntArrayList decided = new IntArrayList();
      for (int a = 0; a < witnessStep.length; a++) {
        witnessStep[a] = -1;
        TemporalAtom step = this.stateAtoms[a].enabledStep();
        boolean checkedInitially = false;
        for (int c : initChecks) {
          checkedInitially |= c == a;
        }
        for (int k = 0; k < this.actionAtoms.length && step != null && !checkedInitially; k++) {
          if (this.actionAtoms[k] == step) {
            witnessStep[a] = k;
            decided.add(a);
            break;
          }
        }
      }
      this.decidedOnExpansion = decided.toIntArray();
    }

    @Override
    public boolean stopped() {
      return stop;
    }

    @Override
    public AtomBits drain() {
      if (failure != null) {
        throw failure;
      }
      return this;
    }

    @Override
    public void node(Value[] state) {
      try {
        long[] bits = new long[g.stateWords];
        for (int a = 0; a < stateAtoms.length; a++) {
          if (!derived[a] && witnessStep[a] < 0 && holds(a, state)) {
            bits[a >>> 6] |= 1L << (a & 63);
          }
        }
        for (long word : bits) {
          stateBits.add(word);
        }
        java.util.Arrays.fill(scratch, 0L);
        for (int a = 0; a < actionAtoms.length; a++) {
          if (actionAtoms[a].holdsOnStutter(state)) {
            scratch[a >>> 6] |= 1L << (a & 63);
          }
        }
        for (int w = 0; w < g.actionWords; w++) {
          stutterBits.add(scratch[w]);
        }
      } catch (TlaError | ValueException | StackOverflowError e) {
        fail(e);
      }
    }

    @Override
    public void initial(int node, Value[] state) {
      try {
        for (int i = 0; i < initChecks.length && g.violatedInit < 0; i++) {
          if (!stateAtoms[initChecks[i]].holds(state)) {
            g.violatedInit = i;
            g.violatedInitNode = node;
            stop = true;
          }
        }
      } catch (TlaError | ValueException | StackOverflowError e) {
        fail(e);
      }
    }

    @Override
    public void edge(int from, Value[] state, Value[] successor, long fp) {
      try {
        java.util.Arrays.fill(scratch, 0L);
        for (int a = 0; a < actionAtoms.length; a++) {
          if (actionAtoms[a].holds(state, successor)) {
            scratch[a >>> 6] |= 1L << (a & 63);
          }
        }
        for (int w = 0; w < g.actionWords; w++) {
          edgeBits.add(scratch[w]);
        }
        for (int a : decidedOnExpansion) {
          int step = witnessStep[a];
          if ((scratch[step >>> 6] >>> (step & 63) & 1L) != 0) {
            int word = from * g.stateWords + (a >>> 6);
            stateBits.set(word, stateBits.getLong(word) | 1L << (a & 63));
          }
        }
        for (int i = 0; i < stepChecks.length && g.violatedStep < 0; i++) {
          int a = stepChecks[i];
          if ((scratch[a >>> 6] >>> (a & 63) & 1L) == 0) {
            g.violatedStep = i;
            g.violatedStepSource = from;
            g.violatedStepTarget = fp;
            stop = true;
          }
        }
      } catch (TlaError | ValueException | StackOverflowError e) {
        fail(e);
      }
    }

    @Override
    public void expanded(int node, Value[] state) {
      try {
        for (int a : decidedOnExpansion) {
          int word = node * g.stateWords + (a >>> 6);
          long mask = 1L << (a & 63);
          if (!derived[a] && (stateBits.getLong(word) & mask) == 0 && holds(a, state)) {
            stateBits.set(word, stateBits.getLong(word) | mask);
          }
        }
      } catch (TlaError | ValueException | StackOverflowError e) {
        fail(e);
      }
    }

    private void fail(Throwable e) {
      if (failure == null) {
        failure = tlacheck.eval.EvalException.of(e);
      }
      stop = true;
    }

    /**
     * A state atom's value. ENABLED of a fairness condition that cannot be enumerated (its
     * action assigns an expression, e.g. {@code vrootBar'} under a refinement mapping) is
     * instead derived from the graph's steps after the build (see {@link #deriveEnabled}).
     */
    private boolean holds(int a, Value[] state) {
      try {
        return stateAtoms[a].holds(state);
      } catch (TlaError e) {
        if (stateAtoms[a].enabledStep() == null) {
          throw e;
        }
        derived[a] = true;
        g.derivedEnabled.add(stateAtoms[a]);
        return false;
      }
    }

    /** ENABLED <<A>>_v in s, for the derived atoms: some step of s in the graph is an <<A>>_v step. */
    void deriveEnabled() {
      for (int a = 0; a < stateAtoms.length; a++) {
        if (!derived[a]) {
          continue;
        }
        int step = java.util.Arrays.asList(actionAtoms).indexOf(stateAtoms[a].enabledStep());
        for (int s = 0; s < g.nodeCount; s++) {
          boolean enabled = false;
          for (int e = g.offsets[s]; e < g.offsets[s + 1] && !enabled; e++) {
            enabled = g.actionBit(e, s, step);
          }
          long mask = 1L << (a & 63);
          int word = s * g.stateWords + (a >>> 6);
          g.stateBits[word] = enabled ? g.stateBits[word] | mask : g.stateBits[word] & ~mask;
        }
      }
    }
  }

  /**
   * Hands the structure's requests, in batches and in order, to a second thread that serves them
   * with its own {@link AtomBits}: the search and the atoms then use both cores. The queue is
   * bounded, so the search waits rather than keeping too many states alive.
   */
  private static final class AtomPipeline implements AtomSink {
    private static final int BATCH = 512;
    private static final int NODE = 0;
    private static final int INITIAL = 1;
    private static final int EDGE = 2;
    private static final int EXPANDED = 3;

    private static final class Batch {
      final byte[] kinds = new byte[BATCH];
      final int[] numbers = new int[BATCH];
      final long[] fingerprints = new long[BATCH];
      final Value[][] states = new Value[BATCH][];
      final Value[][] successors = new Value[BATCH][];
      int size;
      boolean last;
    }

    private final AtomBits bits;
    private final java.util.concurrent.BlockingQueue<Batch> full = new java.util.concurrent.ArrayBlockingQueue<>(16);
    private final java.util.concurrent.BlockingQueue<Batch> empty = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread thread;
    private Batch current = new Batch();
    /** Anything the atom thread threw besides evaluation errors (a bug, or memory). */
    private volatile Throwable crash;

    AtomPipeline(AtomBits bits) {
      this.bits = bits;
      this.thread = tlacheck.eval.EvalThreads.thread(this::serve, "tlacheck-atoms");
      thread.start();
    }

    private void serve() {
      try {
        while (true) {
          Batch b = full.take();
          for (int i = 0; i < b.size && !bits.stop; i++) {
            switch (b.kinds[i]) {
              case NODE -> bits.node(b.states[i]);
              case INITIAL -> bits.initial(b.numbers[i], b.states[i]);
              case EXPANDED -> bits.expanded(b.numbers[i], b.states[i]);
              default -> bits.edge(b.numbers[i], b.states[i], b.successors[i], b.fingerprints[i]);
            }
          }
          if (b.last) {
            return;
          }
          java.util.Arrays.fill(b.states, 0, b.size, null);
          java.util.Arrays.fill(b.successors, 0, b.size, null);
          b.size = 0;
          empty.add(b);
        }
      } catch (Throwable t) {
        crash = t;
        bits.stop = true;
      }
    }

    private void add(int kind, int number, Value[] state, Value[] successor, long fp) {
      Batch b = current;
      int i = b.size++;
      b.kinds[i] = (byte) kind;
      b.numbers[i] = number;
      b.states[i] = state;
      b.successors[i] = successor;
      b.fingerprints[i] = fp;
      if (b.size == BATCH) {
        hand(b);
        Batch next = empty.poll();
        current = next != null ? next : new Batch();
      }
    }

    private void hand(Batch b) {
      try {
        while (!full.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          if (!thread.isAlive()) {
            return; // It stopped (crashed): drain() reports why.
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while handing states to the atom thread", e);
      }
    }

    @Override
    public void node(Value[] state) {
      add(NODE, 0, state, null, 0);
    }

    @Override
    public void initial(int node, Value[] state) {
      add(INITIAL, node, state, null, 0);
    }

    @Override
    public void edge(int from, Value[] state, Value[] successor, long fp) {
      add(EDGE, from, state, successor, fp);
    }

    @Override
    public void expanded(int node, Value[] state) {
      add(EXPANDED, node, state, null, 0);
    }

    @Override
    public boolean stopped() {
      return bits.stop;
    }

    @Override
    public AtomBits drain() {
      current.last = true;
      hand(current);
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the atom thread", e);
      }
      if (crash instanceof RuntimeException r) {
        throw r;
      }
      if (crash instanceof Error err) {
        throw err;
      }
      return bits.drain();
    }
  }
}

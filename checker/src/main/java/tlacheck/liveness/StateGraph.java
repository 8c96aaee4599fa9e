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
import tlacheck.value.States;
import tlacheck.value.Value;

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

}

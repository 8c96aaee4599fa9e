package tlacheck.liveness;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.List;
import tlacheck.eval.temporal.TemporalAtom;
import tlacheck.source.TlaError;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/** Evaluates the atoms and keeps their bits, on the thread that asks. */
final class AtomBits implements AtomSink {
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

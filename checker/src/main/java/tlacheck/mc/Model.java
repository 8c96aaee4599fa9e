package tlacheck.mc;

import tlacheck.eval.ActionLabel;
import tlacheck.value.Value;

/**
 * What the engine needs to know about a specification: states are arrays of values indexed by
 * variable slot; the model lists initial states and successors and answers the checks. The
 * engine knows nothing about TLA+ syntax, so it can be tested with small Java models.
 */
public interface Model {
  /** Receives one state; the array is owned by the receiver. {@code label} is null unless asked for. */
  interface Sink {
    void accept(Value[] state, ActionLabel label);
  }

  String[] variableNames();

  void initialStates(Sink sink, boolean labels);

  /** Receives an initial state of one part with its choice number (see {@link #initialStatesPart}). */
  interface PartSink {
    void accept(Value[] state, int prefix);
  }

  /**
   * For generating initial states in parallel: into how many parts they can be split at the
   * {@code depth}-th nested choice of the initial predicate, or -1 if the model cannot split.
   */
  default int initialPrefixes(int depth) {
    return -1;
  }

  /**
   * The initial states of part {@code part} of {@code parts}, each with its choice number; the
   * states of all parts sorted stably by choice number are those of {@link #initialStates}, in
   * the same order. Only called if {@link #initialPrefixes} is not -1.
   */
  default void initialStatesPart(int depth, int part, int parts, PartSink sink) {
    throw new UnsupportedOperationException("this model does not split its initial states");
  }

  void successors(Value[] state, Sink sink, boolean labels);

  /**
   * Called for each state the search keeps (an initial state, a new successor), inside the
   * {@link Sink} call that delivered it: a model whose values may still depend on the evaluation
   * that made them (values computed lazily) completes them here, so that later they read nothing
   * that has changed and any worker may read them.
   */
  default void settle(Value[] state) {
  }

  int invariantCount();

  String invariantName(int index);

  boolean invariantHolds(int index, Value[] state);

  /**
   * {@link #invariantHolds} for an initial state. A model may skip what its initial predicate
   * already guarantees.
   */
  default boolean invariantHoldsInitially(int index, Value[] state) {
    return invariantHolds(index, state);
  }

  /**
   * {@link #invariantHolds} for a successor of a state in which the invariant held.
   * {@code changed} has bit {@code min(slot, 63)} set for each variable whose value in
   * {@code state} is not the very object it was in the parent (see {@link Explorer}); a model
   * may skip what depends only on the other variables.
   */
  default boolean invariantHoldsAfterStep(int index, Value[] state, long changed) {
    return invariantHolds(index, state);
  }

  /**
   * Whether checking the invariants has no effect but its verdict (no Print or TLCSet), so that
   * checking a state twice cannot be observed.
   */
  default boolean invariantsArePure() {
    return false;
  }

  default boolean satisfiesConstraints(Value[] state) {
    return true;
  }

  /**
   * {@link #satisfiesConstraints} for a successor of {@code parent}, a state that satisfies
   * them: a model may skip a constraint that depends only on variables the step left alone.
   */
  default boolean satisfiesConstraintsAfterStep(Value[] parent, Value[] state) {
    return satisfiesConstraints(state);
  }

  default boolean satisfiesActionConstraints(Value[] from, Value[] to) {
    return true;
  }

  /**
   * The fingerprint under which the seen set records a state. Models with a VIEW or SYMMETRY
   * fingerprint a projection or a canonical representative instead of the state itself.
   */
  default long fingerprint(Value[] state) {
    return StateFingerprint.of(state);
  }

  /** Tells the model the BFS level being expanded (TLCGet("level")). */
  default void setLevel(int level) {}
}

package tlacheck.mc;

import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * What the engine needs to know about a model: states are arrays of values indexed by variable
 * slot; the model lists initial states and successors, tells which of them the search keeps,
 * and checks invariants. The engine knows nothing of the language the model was written in, so
 * it can be tested with small Java models.
 *
 * <p>A model need not be thread-safe: a search with several workers gives each its own.
 */
public interface Model {
  /** Receives one state; the array is owned by the receiver. {@code label} is null unless asked for. */
  interface Sink {
    void accept(Value[] state, ActionLabel label);
  }

  /** Receives an initial state of one part with its choice number (see {@link #initialStatesPart}). */
  interface PartSink {
    void accept(Value[] state, int prefix);
  }

  /** Lists the initial states, in a fixed order; with {@code labels}, each with its label. */
  void initialStates(Sink sink, boolean labels);

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

  /** Lists the successors of a state, in a fixed order; with {@code labels}, each with its label. */
  void successors(Value[] state, Sink sink, boolean labels);

  /** Tells the model which breadth-first level (1 for the initial states) is being expanded. */
  default void beginLevel(int level) {}

  /**
   * The fingerprint under which the seen set records a state. A model may fingerprint a
   * projection or a canonical representative instead of the state itself (a view, a symmetry).
   */
  default long fingerprint(Value[] state) {
    return States.fingerprint(state);
  }

  /**
   * Called for each state the search keeps (an initial state, a new successor), inside the
   * {@link Sink} call that delivered it: a model whose values may still depend on the evaluation
   * that made them (values computed lazily) completes them here, so that later they read nothing
   * that has changed and any worker may read them.
   */
  default void settle(Value[] state) {}

  /** Whether the search keeps and explores this initial state (a state constraint). */
  default boolean admitsInitial(Value[] state) {
    return true;
  }

  /**
   * Whether {@link #admitsStep} can refuse anything: when not, the search neither calls it nor
   * works out which slots a step changed for it.
   */
  default boolean constrainsSteps() {
    return true;
  }

  /**
   * Whether the search keeps and explores the successor {@code to} of {@code from}, a state it
   * admitted (state and action constraints). {@code changed} has {@link States#slotBit} set for
   * each slot whose value is not the very object it was in {@code from}: a model may skip a
   * state constraint that reads only other slots.
   */
  default boolean admitsStep(Value[] from, Value[] to, long changed) {
    return true;
  }

  int invariantCount();

  String invariantName(int index);

  /** Whether invariant {@code index} holds in a state. */
  boolean invariantHolds(int index, Value[] state);

  /**
   * {@link #invariantHolds} for an initial state: a model may skip what its initial predicate
   * already guarantees.
   */
  default boolean invariantHoldsInitially(int index, Value[] state) {
    return invariantHolds(index, state);
  }

  /**
   * {@link #invariantHolds} for a successor of a state in which the invariant held;
   * {@code changed} as for {@link #admitsStep}: a model may skip what reads only other slots.
   */
  default boolean invariantHoldsAfterStep(int index, Value[] state, long changed) {
    return invariantHolds(index, state);
  }

  /**
   * Whether checking the invariants has no effect but its verdict (nothing printed, no state of
   * the model's own changed), so that checking a state twice cannot be observed.
   */
  default boolean invariantsArePure() {
    return false;
  }
}

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

  void successors(Value[] state, Sink sink, boolean labels);

  int invariantCount();

  String invariantName(int index);

  boolean invariantHolds(int index, Value[] state);

  default boolean satisfiesConstraints(Value[] state) {
    return true;
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

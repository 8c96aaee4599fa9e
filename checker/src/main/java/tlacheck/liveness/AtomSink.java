package tlacheck.liveness;

import tlacheck.value.Value;

/**
 * What the graph's structure asks of the atoms, in its order: the bits of a new node (its
 * state atoms and its stuttering step), the checks of a new initial state, and the bits and
 * checks of a new edge.
 */
interface AtomSink {
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

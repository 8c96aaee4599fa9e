package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * A state machine written by hand, in plain Java, from the text of one example spec: the states
 * TLC would enumerate, nothing more. Each implementation mirrors its spec definition by definition
 * so the two can be read side by side.
 *
 * <p>The counting rules follow TLC: {@link #initialStates} lists every initial state the Init
 * predicate generates and {@link #successors} every successor the Next relation generates,
 * duplicates included (an {@code \E i \in 1..3 : x' = 0} yields three equal states; a disjunct
 * {@code A \/ B} whose two sides yield the same state yields it twice).
 *
 * @param <S> the state type: a value with equals and hashCode (Java records are ideal)
 */
interface OracleModel<S> {

  /** Every state the Init predicate generates, in any order, duplicates included. */
  List<S> initialStates();

  /**
   * Every state the Next relation generates from {@code state}, duplicates included.
   *
   * @throws AssertFailure when the spec's {@code Assert(FALSE, msg)} is reached while evaluating Next
   */
  List<S> successors(S state);

  /** The cfg's invariants by name, in cfg order. */
  LinkedHashMap<String, Predicate<S>> invariants();

  /** The cfg's state constraint; a state outside it is counted as generated but not explored. */
  default boolean withinConstraint(S state) {
    return true;
  }

  /** The cfg's CHECK_DEADLOCK (TRUE unless the cfg says otherwise). */
  default boolean checkDeadlock() {
    return true;
  }

  /**
   * Facts that must hold of the cfg file this oracle mirrors, as regular expressions found in it
   * (for example {@code "N\\s*=\\s*3"}), so that editing the cfg without the oracle fails the test.
   */
  List<String> cfgFacts();

  /** Thrown by {@link #successors} where the spec's TLC {@code Assert} fails. */
  final class AssertFailure extends RuntimeException {
    AssertFailure(String message) {
      super(message, null, false, false);
    }
  }

  /** {@code [f EXCEPT ![i] = v]} for a function stored as a list indexed from 0. */
  static <T> List<T> except(List<T> f, int i, T v) {
    List<T> g = new ArrayList<>(f);
    g.set(i, v);
    return List.copyOf(g);
  }
}

package tlacheck.eval.temporal;

import java.util.List;

/**
 * A temporal formula with every definition, argument, LET and bounded quantifier unfolded, so
 * only the temporal operators and the boolean connectives remain above state and action
 * predicates ({@link TemporalAtom}s). {@code F ~> G}, {@code =>}, {@code <=>}, {@code WF} and
 * {@code SF} are expressed with these ({@code WF_v(A)} is {@code []<>~ENABLED <<A>>_v \/
 * []<><<A>>_v}). An action atom at position i of a behaviour is evaluated on the step from
 * state i to state i+1.
 */
public sealed interface TemporalFormula {
  record Atom(TemporalAtom atom) implements TemporalFormula {}

  record Constant(boolean value) implements TemporalFormula {}

  record Not(TemporalFormula inner) implements TemporalFormula {}

  record And(List<TemporalFormula> items) implements TemporalFormula {}

  record Or(List<TemporalFormula> items) implements TemporalFormula {}

  record Always(TemporalFormula inner) implements TemporalFormula {}

  record Eventually(TemporalFormula inner) implements TemporalFormula {}

  static TemporalFormula implies(TemporalFormula left, TemporalFormula right) {
    return new Or(List.of(new Not(left), right));
  }

  /** Splits top-level conjunctions: a behaviour violates F iff it violates one of the parts. */
  static void conjuncts(TemporalFormula f, List<TemporalFormula> out) {
    if (f instanceof And and) {
      for (TemporalFormula item : and.items()) {
        conjuncts(item, out);
      }
    } else {
      out.add(f);
    }
  }
}

package tlacheck.eval.temporal;

/**
 * One conjunct of a PROPERTY, classified as TLC does: a state predicate is checked on the
 * initial states ({@link Kind#INITIAL}), {@code [][A]_v} on every step of the state graph
 * ({@link Kind#ACTION}), anything else temporal on the behaviours ({@link Kind#TEMPORAL}).
 * ({@code []P} with P a state predicate is checked as an invariant and does not appear here.)
 *
 * @param atom for INITIAL and ACTION, the predicate or action ({@code [A]_v}); null otherwise
 * @param formula for TEMPORAL, the formula; null otherwise
 */
public record TemporalProperty(String name, Kind kind, TemporalAtom atom, TemporalFormula formula) {
  public enum Kind { INITIAL, ACTION, TEMPORAL }
}

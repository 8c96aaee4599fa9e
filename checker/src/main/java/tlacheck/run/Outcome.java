package tlacheck.run;

import java.util.List;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Stats;
import tlacheck.mc.Violation;
import tlacheck.source.TlaError;

/**
 * How a run of the {@link Pipeline} ended: one of six, each with what its reports need.
 */
public sealed interface Outcome {
  /** Every property holds (a module of constants alone: every assumption holds). */
  record Success(Search search) implements Outcome {}

  /**
   * Something was violated: an invariant, deadlock, a temporal or action property, an
   * {@code Assert}, or the evaluation failed in a state. The first violation is the one TLC
   * reports; with all properties there is one per property.
   */
  record Violated(Search search) implements Outcome {
    public Violation first() {
      return search.result().first();
    }
  }

  /**
   * An ASSUME is false.
   *
   * @param location the assumption's location, as TLC prints it
   */
  record AssumptionFailed(TlaError error, String location) implements Outcome {}

  /** The search found nothing, but a POSTCONDITION is false afterwards ({@code "Name at location"}). */
  record PostconditionFailed(Search search, String postcondition) implements Outcome {}

  /** The spec or configuration is wrong, or evaluating outside the search failed (exit by the error's kind). */
  record Failed(TlaError error) implements Outcome {}

  /** The search ran out of memory; what it found until then. */
  record TooLarge(Search search, String reason) implements Outcome {}

  /**
   * What a search found, as it is to be shown.
   *
   * @param result the engine's result, with trace states replaced by the ALIAS's fields if there is one
   * @param variables the columns of the trace states (the variables, or the ALIAS's fields)
   * @param checked every invariant and property checked, and "deadlock" if deadlock was checked
   * @param workers how many workers the search ran on
   */
  record Search(CheckResult result, String[] variables, List<String> checked, int workers) {
    public Stats stats() {
      return result.stats();
    }
  }
}

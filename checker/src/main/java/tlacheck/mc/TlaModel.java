package tlacheck.mc;

import tlacheck.spec.CompiledSpec;
import tlacheck.value.Value;

/** A compiled TLA+ specification seen as a {@link Model}. */
public final class TlaModel implements Model {
  private final CompiledSpec spec;

  public TlaModel(CompiledSpec spec) {
    this.spec = spec;
  }

  @Override
  public String[] variableNames() {
    return spec.variableNames();
  }

  @Override
  public void initialStates(Sink sink, boolean labels) {
    spec.initialStates(sink::accept, labels);
  }

  @Override
  public int initialPrefixes(int depth) {
    return spec.initialPrefixes(depth);
  }

  @Override
  public void initialStatesPart(int depth, int part, int parts, PartSink sink) {
    spec.initialStatesPart(depth, part, parts, sink::accept);
  }

  @Override
  public void successors(Value[] state, Sink sink, boolean labels) {
    spec.successors(state, sink::accept, labels);
  }

  @Override
  public int invariantCount() {
    return spec.invariantCount();
  }

  @Override
  public String invariantName(int index) {
    return spec.invariantName(index);
  }

  @Override
  public boolean invariantHolds(int index, Value[] state) {
    return spec.invariantHolds(index, state);
  }

  @Override
  public boolean invariantHoldsInitially(int index, Value[] state) {
    return spec.invariantHoldsInitially(index, state);
  }

  @Override
  public boolean invariantsArePure() {
    return spec.invariantsArePure();
  }

  @Override
  public boolean invariantHoldsAfterStep(int index, Value[] state, long changed) {
    return spec.invariantHoldsAfterStep(index, state, changed);
  }

  @Override
  public boolean satisfiesConstraints(Value[] state) {
    return spec.satisfiesConstraints(state);
  }

  @Override
  public boolean satisfiesConstraintsAfterStep(Value[] parent, Value[] state) {
    return spec.satisfiesConstraintsAfterStep(parent, state);
  }

  @Override
  public boolean satisfiesActionConstraints(Value[] from, Value[] to) {
    return spec.satisfiesActionConstraints(from, to);
  }

  @Override
  public void setLevel(int level) {
    spec.setLevel(level);
  }

  @Override
  public long fingerprint(Value[] state) {
    return spec.fingerprint(state);
  }

  @Override
  public void settle(Value[] state) {
    spec.settle(state);
  }

  /** A check result as it should be shown, and the names of the columns its trace states have. */
  public record Shown(CheckResult result, String[] variables) {}

  /**
   * With an ALIAS, every trace state is replaced by the alias record's fields (evaluated on the
   * state and the one after it), as TLC prints them; otherwise the result is shown as it is.
   */
  public Shown shown(CheckResult result) {
    if (!spec.hasAlias()) {
      return new Shown(result, spec.variableNames());
    }
    String[] names = null;
    java.util.List<Violation> violations = new java.util.ArrayList<>();
    for (Violation v : result.violations()) {
      java.util.List<TraceStep> trace = new java.util.ArrayList<>();
      for (int i = 0; i < v.trace().size(); i++) {
        Value[] next = i + 1 < v.trace().size() ? v.trace().get(i + 1).state() : null;
        java.util.Map<String, Value> fields = spec.alias(v.trace().get(i).state(), next);
        if (names == null) {
          names = fields.keySet().toArray(new String[0]);
        }
        Value[] row = new Value[names.length];
        for (int k = 0; k < names.length; k++) {
          row[k] = fields.get(names[k]);
          if (row[k] == null) {
            throw new tlacheck.eval.EvalException(null, "the ALIAS record has no field " + names[k]
                + " in state " + (i + 1) + " of the trace");
          }
        }
        trace.add(new TraceStep(v.trace().get(i).action(), row));
      }
      violations.add(new Violation(v.kind(), v.name(), v.message(), trace, v.loop(), v.loopAction()));
    }
    CheckResult aliased = new CheckResult(violations, result.stats(), result.complete(), result.tooLarge());
    return new Shown(aliased, names == null ? spec.variableNames() : names);
  }

  /** The first POSTCONDITION that is false after this run, as "Name at location", or null. */
  public String failedPostcondition(Stats stats) {
    return spec.failedPostcondition(stats.generated(), stats.distinct(), stats.leftOnQueue(), stats.depth());
  }
}

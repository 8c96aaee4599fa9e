package tlacheck.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tlacheck.eval.EvalException;
import tlacheck.mc.CheckResult;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.spec.CompiledSpec;
import tlacheck.value.Value;

/**
 * With an ALIAS, every trace state is replaced by the alias record's fields (evaluated on the
 * state and the one after it), as TLC prints them.
 */
final class Aliases {
  private Aliases() {}

  /** A result as it should be shown, and the names of the columns its trace states have. */
  record Shown(CheckResult result, String[] variables) {}

  static Shown show(CompiledSpec spec, CheckResult result) {
    if (!spec.hasAlias()) {
      return new Shown(result, spec.variableNames());
    }
    String[] names = null;
    List<Violation> violations = new ArrayList<>();
    for (Violation v : result.violations()) {
      List<TraceStep> trace = new ArrayList<>();
      for (int i = 0; i < v.trace().size(); i++) {
        Value[] next = i + 1 < v.trace().size() ? v.trace().get(i + 1).state() : null;
        LinkedHashMap<String, Value> fields = spec.alias(v.trace().get(i).state(), next);
        if (names == null) {
          names = fields.keySet().toArray(new String[0]);
        }
        Value[] row = new Value[names.length];
        for (int k = 0; k < names.length; k++) {
          row[k] = fields.get(names[k]);
          if (row[k] == null) {
            throw new EvalException(null, "the ALIAS record has no field " + names[k] + " in state " + (i + 1)
                + " of the trace");
          }
        }
        trace.add(new TraceStep(v.trace().get(i).action(), row));
      }
      violations.add(new Violation(v.kind(), v.name(), v.message(), trace, v.loop(), v.loopAction(), v.inInitialCheck()));
    }
    return new Shown(result.withViolations(violations), names == null ? spec.variableNames() : names);
  }
}

package tlacheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.mc.ActionLabel;
import tlacheck.mc.CheckResult;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * The machine-readable result ({@code --json}). Its shape is documented in the README and read
 * by the conformance tool: spec, config, result, violation, counts, trace, error.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The result of a completed check. */
  public static Map<String, Object> of(String spec, String config, CheckResult result, String[] variables,
      int workers) {
    Map<String, Object> json = header(spec, config);
    Violation first = result.first();
    json.put("result", resultName(first));
    json.put("violation", first == null ? null : violation(first));
    json.put("distinctStates", result.stats().distinct());
    json.put("totalStates", result.stats().generated());
    json.put("stateDepth", result.stats().depth());
    json.put("seconds", Math.round(result.stats().seconds() * 1000) / 1000.0);
    json.put("workers", workers);
    json.put("trace", first == null ? List.of() : trace(first.trace(), variables));
    // TLC numbers the line that closes a lasso ("State k: Stuttering" / "Back to state j") as a state.
    // TLC reports an initial state that fails to be checked with the state alone, not as a behaviour.
    boolean noBehaviour = first != null && first.inInitialCheck();
    json.put("traceLength", first == null || noBehaviour ? 0 : first.trace().size() + (first.isLasso() ? 1 : 0));
    if (first != null && first.isLasso()) {
      json.put("loop", first.loop());
      json.put("loopAction", first.loopAction() == null ? "Stuttering" : first.loopAction().describe());
    }
    json.put("error", first != null && first.kind() == Violation.Kind.EVALUATION
        ? Map.of("message", first.message()) : null);
    return json;
  }

  /** The result of a run that stopped before exploring: bad input, or a false assumption. */
  public static Map<String, Object> ofError(String spec, String config, TlaError error, String result) {
    Map<String, Object> json = header(spec, config);
    json.put("result", result);
    json.put("violation", result.equals("assumption failure") ? Map.of("kind", "assumption", "name", "ASSUME") : null);
    json.put("distinctStates", 0);
    json.put("totalStates", 0);
    json.put("stateDepth", 0);
    json.put("seconds", 0.0);
    json.put("workers", 1);
    json.put("trace", List.of());
    Map<String, Object> e = new LinkedHashMap<>();
    Span span = error.span();
    e.put("file", span == null || span == Span.NONE ? null : span.file().name());
    e.put("line", span == null || span == Span.NONE ? null : span.line());
    e.put("column", span == null || span == Span.NONE ? null : span.column());
    e.put("message", error.getMessage());
    json.put("error", e);
    return json;
  }

  private static Map<String, Object> header(String spec, String config) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("spec", spec);
    json.put("config", config);
    return json;
  }

  static String resultName(Violation v) {
    if (v == null) {
      return "success";
    }
    switch (v.kind()) {
      case DEADLOCK: return "deadlock failure";
      case INVARIANT: case ASSERT: return "safety failure";
      case TEMPORAL: case ACTION_PROPERTY: case INITIAL_PROPERTY: return "liveness failure";
      default: return "error";
    }
  }

  static Map<String, Object> violation(Violation v) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", switch (v.kind()) {
      case INVARIANT -> "invariant";
      case DEADLOCK -> "deadlock";
      case ASSERT -> "assert";
      case EVALUATION -> "evaluation";
      case TEMPORAL -> "temporal";
      case ACTION_PROPERTY -> "action property";
      case INITIAL_PROPERTY -> "initial property";
    });
    json.put("name", v.name());
    if (v.message() != null) {
      json.put("message", v.message());
    }
    return json;
  }

  public static List<Object> trace(List<TraceStep> trace, String[] variables) {
    List<Object> steps = new ArrayList<>();
    for (TraceStep step : trace) {
      Map<String, Object> json = new LinkedHashMap<>();
      ActionLabel action = step.action();
      json.put("action", action == null ? "Initial predicate" : action.name());
      Map<String, Object> parameters = new LinkedHashMap<>();
      if (action != null) {
        for (int i = 0; i < action.parameterNames().size(); i++) {
          parameters.put(action.parameterNames().get(i), action.parameterValues().get(i).toString());
        }
      }
      json.put("parameters", parameters);
      json.put("location", action == null || action.span() == null ? null
          : action.span().tlcLocation(action.module()));
      Map<String, Object> state = new LinkedHashMap<>();
      for (int v = 0; v < variables.length; v++) {
        state.put(variables[v], String.valueOf(step.state()[v])); // null: a successor left unassigned
      }
      json.put("state", state);
      steps.add(json);
    }
    return steps;
  }
}

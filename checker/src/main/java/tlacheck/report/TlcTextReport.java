package tlacheck.report;

import tlacheck.mc.CheckResult;
import tlacheck.mc.Stats;
import tlacheck.mc.Violation;

/** A check result as text that a TLC user recognises. */
public final class TlcTextReport {
  private TlcTextReport() {}

  public static String render(CheckResult result, String[] variables, boolean diffOnly) {
    StringBuilder out = new StringBuilder();
    if (result.success()) {
      out.append("Model checking completed. No error has been found.\n");
    }
    for (Violation violation : result.violations()) {
      if (violatedInitially(violation)) {
        // TLC reports an initial state that violates an invariant on its own, without statistics.
        out.append("Error: Invariant ").append(violation.name()).append(" is violated by the initial state:\n");
        TraceText.appendState(out, violation.trace().get(0).state(), variables);
        out.append('\n');
        continue;
      }
      out.append(headline(violation)).append('\n');
      if (violation.inInitialCheck() && violation.trace().size() == 1) {
        // TLC reports a failure while checking an initial state with the state alone.
        out.append("While working on the initial state:\n");
        TraceText.appendState(out, violation.trace().get(0).state(), variables);
        out.append('\n');
      } else if (violation.isLasso()) {
        out.append("Error: The following behavior constitutes a counter-example:\n");
        TraceText.append(out, violation.trace(), variables, diffOnly);
        out.append(lassoEnd(violation)).append("\n\n");
      } else if (!violation.trace().isEmpty()) {
        out.append("Error: The behavior up to this point is:\n");
        TraceText.append(out, violation.trace(), variables, diffOnly);
      }
    }
    if (result.violations().isEmpty() || !violatedInitially(result.first())) {
      appendStats(out, result.stats());
    }
    return out.toString();
  }

  private static boolean violatedInitially(Violation violation) {
    return violation.kind() == Violation.Kind.INVARIANT && violation.trace().size() == 1;
  }

  public static String headline(Violation violation) {
    switch (violation.kind()) {
      case INVARIANT: return "Error: Invariant " + violation.name() + " is violated.";
      case DEADLOCK: return "Error: Deadlock reached.";
      case TEMPORAL: return "Error: Temporal property " + violation.name() + " was violated.";
      case ACTION_PROPERTY: return "Error: Action property " + violation.name() + " is violated.";
      case INITIAL_PROPERTY: return "Error: Property " + violation.name() + " is violated by the initial state.";
      case ASSERT: return "Error: " + violation.message();
      default: return "Error: " + violation.message();
    }
  }

  /** {@code State k: Stuttering}, or {@code State k: Back to state j: <Action ...>}, as TLC ends a lasso. */
  public static String lassoEnd(Violation violation) {
    int k = violation.trace().size() + 1;
    if (violation.loopAction() == null) {
      return "State " + k + ": Stuttering";
    }
    return "State " + k + ": Back to state " + violation.loop() + ": "
        + TraceText.header(new tlacheck.mc.TraceStep(violation.loopAction(), null));
  }

  public static void appendStats(StringBuilder out, Stats stats) {
    out.append(stats.generated()).append(" states generated, ")
        .append(stats.distinct()).append(" distinct states found, ")
        .append(stats.leftOnQueue()).append(" states left on queue.\n");
    out.append("The depth of the complete state graph search is ").append(stats.depth()).append(".\n");
  }
}

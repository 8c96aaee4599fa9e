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
      out.append(headline(violation)).append('\n');
      if (!violation.trace().isEmpty()) {
        out.append("Error: The behavior up to this point is:\n");
        TraceText.append(out, violation.trace(), variables, diffOnly);
      }
    }
    appendStats(out, result.stats());
    return out.toString();
  }

  public static String headline(Violation violation) {
    switch (violation.kind()) {
      case INVARIANT: return "Error: Invariant " + violation.name() + " is violated.";
      case DEADLOCK: return "Error: Deadlock reached.";
      case ASSERT: return "Error: " + violation.message();
      default: return "Error: " + violation.message();
    }
  }

  public static void appendStats(StringBuilder out, Stats stats) {
    out.append(stats.generated()).append(stats.generated() == 1 ? " state" : " states").append(" generated, ")
        .append(stats.distinct()).append(" distinct states found, ")
        .append(stats.leftOnQueue()).append(" states left on queue.\n");
    out.append("The depth of the complete state graph search is ").append(stats.depth()).append(".\n");
  }
}

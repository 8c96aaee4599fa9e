package tlacheck.report;

import java.util.List;
import tlacheck.mc.ActionLabel;
import tlacheck.mc.TraceStep;
import tlacheck.value.Value;

/** Renders traces the way TLC prints them: {@code State n: <Action ...>} then {@code /\ var = value}. */
public final class TraceText {
  private TraceText() {}

  /** {@code <Initial predicate>} or {@code <Step(t = t1) line 3, col 1 to line 9, col 20 of module M>}. */
  public static String header(TraceStep step) {
    ActionLabel action = step.action();
    if (action == null) {
      return "<Initial predicate>";
    }
    String where = action.span() == null ? "" : " " + action.span().tlcLocation(action.module());
    return "<" + action.describe() + where + ">";
  }

  /**
   * Appends the trace; with {@code diffOnly}, each state after the first lists only the
   * variables that changed.
   */
  public static void append(StringBuilder out, List<TraceStep> trace, String[] variables, boolean diffOnly) {
    Value[] previous = null;
    for (int i = 0; i < trace.size(); i++) {
      TraceStep step = trace.get(i);
      out.append("State ").append(i + 1).append(": ").append(header(step)).append('\n');
      boolean any = false;
      for (int v = 0; v < variables.length; v++) {
        if (diffOnly && previous != null && previous[v].equals(step.state()[v])) {
          continue;
        }
        any = true;
        out.append("/\\ ").append(variables[v]).append(" = ").append(step.state()[v]).append('\n');
      }
      if (!any) {
        out.append("(no variable changed)\n");
      }
      out.append('\n');
      previous = step.state();
    }
  }
}

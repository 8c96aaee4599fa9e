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
        appendVariable(out, variables, v, step.state()[v]);
      }
      if (!any) {
        out.append("(no variable changed)\n");
      }
      out.append('\n');
      previous = step.state();
    }
  }

  /** The lines of one state, as TLC prints a state outside a trace. */
  public static void appendState(StringBuilder out, Value[] state, String[] variables) {
    for (int v = 0; v < variables.length; v++) {
      appendVariable(out, variables, v, state[v]);
    }
  }

  /** {@code /\ x = 1}; as TLC prints it, a spec with one variable drops the conjunction bullet. */
  private static void appendVariable(StringBuilder out, String[] variables, int v, Value value) {
    if (variables.length > 1) {
      out.append("/\\ ");
    }
    out.append(variables[v]).append(" = ").append(value).append('\n');
  }
}

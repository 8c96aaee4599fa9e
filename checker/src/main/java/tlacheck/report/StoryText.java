package tlacheck.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import tlacheck.mc.TraceStep;
import tlacheck.value.Value;

/**
 * A counterexample as a short story, one line per step: who acted, what they did, what changed.
 * Meant for design documents (specs/README.md is generated with it), where a kernel developer
 * should be able to read a deadlock or a stale page in one go.
 */
public final class StoryText {
  private static final int MAX_CHANGE = 60;

  private StoryText() {}

  public static String render(List<TraceStep> trace, String[] variables, String lane) {
    StringBuilder out = new StringBuilder();
    Value[] previous = null;
    for (int s = 0; s < trace.size(); s++) {
      TraceStep step = trace.get(s);
      out.append(s + 1).append(". ");
      if (step.action() == null) {
        out.append("start");
      } else {
        Value who = lane == null ? null : LaneView.laneOf(step, lane);
        if (who != null) {
          out.append(who).append(": ").append(LaneView.describeWithout(step.action(), lane));
        } else {
          out.append(step.action().describe());
        }
      }
      List<String> changes = new ArrayList<>();
      for (int v = 0; v < variables.length; v++) {
        if (previous != null && !previous[v].equals(step.state()[v])) {
          String text = String.valueOf(step.state()[v]);
          changes.add(variables[v] + " = " + StringUtils.abbreviate(text, MAX_CHANGE));
        }
      }
      if (!changes.isEmpty()) {
        out.append(" — ").append(String.join("; ", changes));
      }
      out.append('\n');
      previous = step.state();
    }
    return out.toString();
  }
}

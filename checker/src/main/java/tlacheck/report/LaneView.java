package tlacheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tlacheck.mc.ActionLabel;
import tlacheck.mc.TraceStep;
import tlacheck.value.ModelValue;
import tlacheck.value.Value;

/**
 * A trace drawn in columns, one per process or thread: each step sits in the column of the
 * thread that took it, so interleavings read left to right. Steps of actions that wait (their
 * name contains "Wait") are marked, because a waiting thread is what a deadlock story is about.
 *
 * <p>The lane parameter is given by name, or guessed: the one parameter name that appears in
 * every step's action and always holds a model value.
 */
public final class LaneView {
  private LaneView() {}

  /** The guessed lane parameter, or null if no parameter qualifies. */
  public static String guessLane(List<TraceStep> trace) {
    Set<String> candidates = null;
    for (TraceStep step : trace) {
      ActionLabel action = step.action();
      if (action == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (int i = 0; i < action.parameterNames().size(); i++) {
        if (action.parameterValues().get(i) instanceof ModelValue) {
          names.add(action.parameterNames().get(i));
        }
      }
      if (candidates == null) {
        candidates = names;
      } else {
        candidates.retainAll(names);
      }
    }
    if (candidates == null || candidates.size() != 1) {
      return null;
    }
    return candidates.iterator().next();
  }

  /**
   * A looser guess for stories: the model-value parameter that appears in most steps (at least
   * half of them, with no tie); steps without it (e.g. reclaim) go to an "other" column.
   */
  public static String guessMostCommonLane(List<TraceStep> trace) {
    String strict = guessLane(trace);
    if (strict != null) {
      return strict;
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    int actions = 0;
    for (TraceStep step : trace) {
      ActionLabel action = step.action();
      if (action == null) {
        continue;
      }
      actions++;
      for (int i = 0; i < action.parameterNames().size(); i++) {
        if (action.parameterValues().get(i) instanceof ModelValue) {
          counts.merge(action.parameterNames().get(i), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return best != null && !tie && bestCount * 2 >= actions ? best : null;
  }

  /** The value of the lane parameter in a step, or null (initial state, or another kind of action). */
  static Value laneOf(TraceStep step, String lane) {
    ActionLabel action = step.action();
    if (action == null) {
      return null;
    }
    int i = action.parameterNames().indexOf(lane);
    return i < 0 ? null : action.parameterValues().get(i);
  }

  /** The action without the lane parameter, e.g. {@code DioPin(f = A, g = B)}. */
  static String describeWithout(ActionLabel action, String lane) {
    StringBuilder out = new StringBuilder(action.name());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < action.parameterNames().size(); i++) {
      if (!action.parameterNames().get(i).equals(lane)) {
        parts.add(action.parameterNames().get(i) + " = " + action.parameterValues().get(i));
      }
    }
    if (!parts.isEmpty()) {
      out.append('(').append(String.join(", ", parts)).append(')');
    }
    if (isWait(action)) {
      out.append(" [waits]");
    }
    return out.toString();
  }

  static boolean isWait(ActionLabel action) {
    return action.name().contains("Wait");
  }

  /** The lanes in the order their values sort, plus "other" when some step has no lane. */
  static List<String> columns(List<TraceStep> trace, String lane) {
    Set<Value> values = new TreeSet<>();
    boolean other = false;
    for (TraceStep step : trace) {
      Value v = laneOf(step, lane);
      if (v != null) {
        values.add(v);
      } else if (step.action() != null) {
        other = true;
      }
    }
    List<String> columns = new ArrayList<>();
    for (Value v : values) {
      columns.add(v.toString());
    }
    if (other) {
      columns.add("other");
    }
    return columns;
  }

  /** Renders the trace as a text table with one column per lane. */
  public static String render(List<TraceStep> trace, String lane) {
    List<String> columns = columns(trace, lane);
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[columns.size() + 1];
    header[0] = "step";
    for (int i = 0; i < columns.size(); i++) {
      header[i + 1] = lane + " = " + columns.get(i);
    }
    rows.add(header);
    for (int s = 0; s < trace.size(); s++) {
      TraceStep step = trace.get(s);
      String[] row = new String[columns.size() + 1];
      java.util.Arrays.fill(row, "");
      row[0] = String.valueOf(s + 1);
      if (step.action() == null) {
        if (columns.size() > 0) {
          row[1] = "(initial state)";
        }
      } else {
        Value v = laneOf(step, lane);
        int column = v == null ? columns.indexOf("other") : columns.indexOf(v.toString());
        row[column + 1] = v == null ? step.action().describe() + (isWait(step.action()) ? " [waits]" : "")
            : describeWithout(step.action(), lane);
      }
      rows.add(row);
    }
    return TextTable.render(rows);
  }
}

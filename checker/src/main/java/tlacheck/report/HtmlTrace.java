package tlacheck.report;

import java.util.List;
import org.apache.commons.lang3.StringUtils;
import tlacheck.mc.TraceStep;
import tlacheck.value.Value;

/**
 * A counterexample as a self-contained HTML page with an SVG sequence diagram: threads as
 * vertical lanes, steps as rows, the step that violates the property highlighted, and below it
 * the changed variables of every step. No scripts, fonts or other external resources, so it can
 * be attached to a bug report and read offline. The page is well-formed XHTML.
 */
public final class HtmlTrace {
  private static final int LANE_WIDTH = 260;
  private static final int ROW_HEIGHT = 34;
  private static final int TOP = 50;
  private static final int LEFT = 60;

  private HtmlTrace() {}

  public static String render(String title, List<TraceStep> trace, String[] variables, String lane) {
    List<String> columns = lane == null ? List.of("behavior") : LaneView.columns(trace, lane);
    if (columns.isEmpty()) {
      columns = List.of("behavior");
    }
    int width = LEFT + columns.size() * LANE_WIDTH + 20;
    int height = TOP + trace.size() * ROW_HEIGHT + 20;
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>tlacheck: ").append(escape(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:1.5em}h1.violation{color:#b00020}")
        .append("text{font-family:monospace;font-size:12px}.lane line{stroke:#999;stroke-dasharray:4 3}")
        .append(".step rect{fill:#e8f0fe;stroke:#4a6fa5}.step.waits rect{fill:#fff4d6;stroke:#c08a00}")
        .append(".step.violating rect{fill:#fde0e0;stroke:#b00020;stroke-width:2}")
        .append("table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;")
        .append("font-family:monospace;font-size:12px;vertical-align:top;text-align:left}</style>\n</head>\n<body>\n");
    out.append("<h1 class=\"violation\">").append(escape(title)).append("</h1>\n");
    out.append("<p>").append(trace.size()).append(" states; the last step (highlighted) reaches the violation.</p>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" role=\"img\">\n");
    for (int c = 0; c < columns.size(); c++) {
      int x = LEFT + c * LANE_WIDTH + LANE_WIDTH / 2;
      String name = lane == null ? columns.get(c) : lane + " = " + columns.get(c);
      out.append("<g class=\"lane\" data-lane=\"").append(escape(columns.get(c))).append("\">")
          .append("<text x=\"").append(x).append("\" y=\"20\" text-anchor=\"middle\">").append(escape(name))
          .append("</text><line x1=\"").append(x).append("\" y1=\"28\" x2=\"").append(x).append("\" y2=\"")
          .append(height - 10).append("\"/></g>\n");
    }
    for (int s = 0; s < trace.size(); s++) {
      TraceStep step = trace.get(s);
      int y = TOP + s * ROW_HEIGHT;
      int column = 0;
      String text;
      if (step.action() == null) {
        text = "initial state";
      } else if (lane == null) {
        text = step.action().describe();
      } else {
        Value v = LaneView.laneOf(step, lane);
        column = v == null ? Math.max(0, columns.indexOf("other")) : Math.max(0, columns.indexOf(v.toString()));
        text = v == null ? step.action().describe() : LaneView.describeWithout(step.action(), lane);
      }
      String cls = "step" + (step.action() != null && LaneView.isWait(step.action()) ? " waits" : "")
          + (s == trace.size() - 1 ? " violating" : "");
      int x = LEFT + column * LANE_WIDTH + 10;
      out.append("<g class=\"").append(cls).append("\" data-step=\"").append(s + 1).append("\">")
          .append("<text x=\"10\" y=\"").append(y + 20).append("\">").append(s + 1).append("</text>")
          .append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(LANE_WIDTH - 20).append("\" height=\"").append(ROW_HEIGHT - 8).append("\" rx=\"4\"/>")
          .append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 21).append("\">")
          .append(escape(shorten(text, 34))).append("</text><title>").append(escape(text)).append("</title></g>\n");
    }
    out.append("</svg>\n");
    out.append("<table class=\"states\">\n<tr><th>step</th><th>action</th><th>changed variables</th></tr>\n");
    Value[] previous = null;
    for (int s = 0; s < trace.size(); s++) {
      TraceStep step = trace.get(s);
      out.append("<tr><td>").append(s + 1).append("</td><td>")
          .append(escape(step.action() == null ? "initial state" : step.action().describe())).append("</td><td>");
      for (int v = 0; v < variables.length; v++) {
        if (previous == null || !previous[v].equals(step.state()[v])) {
          out.append(escape(variables[v] + " = " + step.state()[v])).append("<br/>");
        }
      }
      out.append("</td></tr>\n");
      previous = step.state();
    }
    out.append("</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String shorten(String text, int max) {
    return StringUtils.abbreviate(text, "…", max);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

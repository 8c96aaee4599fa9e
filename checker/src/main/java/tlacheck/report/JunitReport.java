package tlacheck.report;

import java.util.List;

/** JUnit XML for CI systems: one test case per model and property, failures carry the reason. */
public final class JunitReport {
  /** One test case: {@code problem} is null when the outcome was as expected. */
  public record Case(String suite, String name, double seconds, String problem, String detail) {}

  private JunitReport() {}

  public static String render(List<Case> cases) {
    long failures = cases.stream().filter(c -> c.problem() != null).count();
    double total = cases.stream().mapToDouble(Case::seconds).sum();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"tlacheck suite\" tests=\"").append(cases.size()).append("\" failures=\"")
        .append(failures).append("\" time=\"").append(String.format("%.3f", total)).append("\">\n");
    out.append("  <testsuite name=\"tlacheck\" tests=\"").append(cases.size()).append("\" failures=\"")
        .append(failures).append("\" errors=\"0\" time=\"").append(String.format("%.3f", total)).append("\">\n");
    for (Case c : cases) {
      out.append("    <testcase classname=\"").append(HtmlTrace.escape(c.suite())).append("\" name=\"")
          .append(HtmlTrace.escape(c.name())).append("\" time=\"").append(String.format("%.3f", c.seconds()))
          .append('"');
      if (c.problem() == null) {
        out.append("/>\n");
      } else {
        out.append(">\n      <failure message=\"").append(HtmlTrace.escape(c.problem())).append("\">")
            .append(HtmlTrace.escape(c.detail() == null ? c.problem() : c.detail())).append("</failure>\n")
            .append("    </testcase>\n");
      }
    }
    out.append("  </testsuite>\n</testsuites>\n");
    return out.toString();
  }
}

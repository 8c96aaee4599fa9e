package tlacheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tlacheck.json.Json;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Violation;
import tlacheck.report.JunitReport;
import tlacheck.report.TextTable;
import tlacheck.report.TlcTextReport;
import tlacheck.report.TraceText;
import tlacheck.run.Outcome;
import tlacheck.run.Pipeline;
import tlacheck.source.TlaError;

/**
 * {@code tlacheck suite DIR...}: checks every model listed in the folders' manifest.json files,
 * each with all properties in one exploration, and compares every outcome with what the manifest
 * expects. Exit 0 only if every model behaves as expected, whether that is success or failure.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
    description = "Check every model of the manifest.json in each folder against its expected outcome.")
public final class SuiteCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders holding a manifest.json")
  List<Path> folders;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
  Path json;

  @Option(names = "--full-traces", description = "print every variable in traces (default: only changes)")
  boolean fullTraces;

  @Option(names = "--junit", paramLabel = "FILE", description = "write JUnit XML: one test case per model and property")
  Path junit;

  @Option(names = "--stories", paramLabel = "FILE",
      description = "write the table and every violation as a one-line-per-step story (Markdown)")
  Path stories;

  @Option(names = "--lib", paramLabel = "DIR",
      description = "a folder, .jar or .zip of modules (e.g. the CommunityModules) to look for modules in, after each "
          + "spec's folder; repeatable, searched in order, before -DTLA-Library, TLA_PATH and TLA_LIBRARY")
  List<Path> lib;

  /** One model's outcome and how it compares with the manifest. */
  record ModelRun(String folder, String name, CheckResult result, String[] variables, List<String> problems,
      String error, Set<String> checked, Set<String> expectedProperties) {}

  @Override
  public Integer call() throws IOException {
    List<ModelRun> outcomes = new ArrayList<>();
    for (Path folder : folders) {
      Path manifestFile = folder.resolve("manifest.json");
      if (!Files.exists(manifestFile)) {
        System.err.println("tlacheck: " + folder + " has no manifest.json");
        return ExitCode.SYSTEM.code;
      }
      Object parsed;
      try {
        parsed = Json.parse(Files.readString(manifestFile));
      } catch (IllegalArgumentException e) {
        System.err.println("tlacheck: " + manifestFile + ": " + e.getMessage());
        return ExitCode.SYSTEM.code;
      }
      for (Object m : list(map(parsed).get("modules"))) {
        Map<String, Object> module = map(m);
        for (Object o : list(module.get("models"))) {
          Map<String, Object> model = map(o);
          if (model.containsKey("mode") && !"exhaustive search".equals(model.get("mode"))) {
            continue;
          }
          outcomes.add(run(folder, module, model));
        }
      }
    }
    printTable(outcomes);
    printTraces(outcomes);
    long unexpected = outcomes.stream().filter(o -> !o.problems.isEmpty()).count();
    System.out.println(unexpected == 0
        ? "All " + outcomes.size() + " models behave as their manifests expect."
        : unexpected + " of " + outcomes.size() + " models do NOT behave as their manifests expect.");
    if (json != null) {
      writeJson(outcomes);
    }
    if (junit != null) {
      Files.writeString(junit, JunitReport.render(junitCases(outcomes)));
    }
    if (stories != null) {
      Files.writeString(stories, stories(outcomes));
    }
    return unexpected == 0 ? ExitCode.SUCCESS.code : 1;
  }

  private ModelRun run(Path folder, Map<String, Object> module, Map<String, Object> model) {
    Path spec = folder.resolve(String.valueOf(module.get("path")));
    Path cfg = folder.resolve(String.valueOf(model.get("path")));
    String name = model.containsKey("name") ? String.valueOf(model.get("name"))
        : cfg.getFileName().toString().replace(".cfg", "");
    List<String> problems = new ArrayList<>();
    Pipeline.Request request = new Pipeline.Request(spec, cfg, 1, null, true,
        new PrintStream(new ByteArrayOutputStream()), LibraryPath.of(lib));
    Outcome outcome = Pipeline.run(request, Pipeline.Listener.SILENT);
    Outcome.Search search;
    if (outcome instanceof Outcome.Success success) {
      search = success.search();
    } else if (outcome instanceof Outcome.Violated violated) {
      search = violated.search();
    } else if (outcome instanceof Outcome.TooLarge tooLarge) {
      search = tooLarge.search();
      problems.add(tooLarge.reason());
    } else if (outcome instanceof Outcome.PostconditionFailed failed) {
      search = failed.search();
      problems.add("postcondition " + failed.postcondition() + " is false");
    } else {
      TlaError error = outcome instanceof Outcome.Failed failed ? failed.error()
          : ((Outcome.AssumptionFailed) outcome).error();
      problems.add("could not be checked: " + error.getMessage());
      return new ModelRun(folder.toString(), name, null, new String[0], problems, error.render(), Set.of(),
          propertyNames(model));
    }
    CheckResult result = search.result();
    compare(model, result, problems);
    return new ModelRun(folder.toString(), name, result, search.variables(), problems, null,
        new LinkedHashSet<>(search.checked()), propertyNames(model));
  }

  private static Set<String> propertyNames(Map<String, Object> model) {
    Set<String> names = new LinkedHashSet<>();
    if (model.get("properties") instanceof Map<?, ?> properties) {
      for (Object key : properties.keySet()) {
        names.add(String.valueOf(key));
      }
    }
    return names;
  }

  private static List<JunitReport.Case> junitCases(List<ModelRun> outcomes) {
    List<JunitReport.Case> cases = new ArrayList<>();
    for (ModelRun o : outcomes) {
      double seconds = o.result == null ? 0 : o.result.stats().seconds();
      String suite = Path.of(o.folder).getFileName() + "." + o.name;
      List<String> rest = new ArrayList<>(o.problems);
      for (String property : o.expectedProperties) {
        String problem = null;
        for (String p : o.problems) {
          if (p.startsWith(property + ":") || p.startsWith(property + " ")) {
            problem = problem == null ? p : problem + "; " + p;
            rest.remove(p);
          }
        }
        cases.add(new JunitReport.Case(suite, property, 0, problem, problem));
      }
      String overall = rest.isEmpty() ? null : String.join("; ", rest);
      cases.add(new JunitReport.Case(suite, "result", seconds, overall, o.error != null ? o.error : overall));
    }
    return cases;
  }

  private String stories(List<ModelRun> outcomes) {
    StringBuilder out = new StringBuilder();
    java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(table, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      printTable(outcomes);
    } finally {
      System.setOut(saved);
    }
    out.append("```\n").append(table.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing()).append("\n```\n");
    for (ModelRun o : outcomes) {
      if (o.result == null) {
        continue;
      }
      for (Violation v : o.result.violations()) {
        out.append("\n### ").append(o.name).append(": ")
            .append(TlcTextReport.headline(v).replace("Error: ", "")).append(" (").append(v.trace().size())
            .append(" states)\n\n");
        String lane = tlacheck.report.LaneView.guessMostCommonLane(v.trace());
        out.append("```\n").append(tlacheck.report.StoryText.render(v.trace(), o.variables, lane));
        if (v.kind() == Violation.Kind.TEMPORAL) {
          out.append(TlcTextReport.lassoEnd(v).replaceFirst("^State ", "")).append('\n');
        }
        out.append("```\n");
      }
    }
    return out.toString();
  }

  /** Compares what TLC would report (the first violation) and every property's verdict. */
  private static void compare(Map<String, Object> model, CheckResult result, List<String> problems) {
    Violation first = result.first();
    if (first != null && (first.kind() == Violation.Kind.EVALUATION)) {
      problems.add("evaluation error: " + first.message());
      return;
    }
    String actual = first == null ? "success"
        : first.kind() == Violation.Kind.DEADLOCK ? "deadlock failure"
        : first.kind() == Violation.Kind.TEMPORAL || first.kind() == Violation.Kind.ACTION_PROPERTY
            || first.kind() == Violation.Kind.INITIAL_PROPERTY ? "liveness failure" : "safety failure";
    expect(problems, "result", model.get("result"), actual);
    if (first != null && first.kind() != Violation.Kind.TEMPORAL) {
      expect(problems, "violated", model.get("violated"), first.name());
      expect(problems, "traceLength", model.get("traceLength"), (long) first.trace().size());
    } else {
      expect(problems, "distinctStates", model.get("distinctStates"), result.stats().distinct());
      expect(problems, "totalStates", model.get("totalStates"), result.stats().generated());
      expect(problems, "stateDepth", model.get("stateDepth"), (long) result.stats().depth());
    }
    Object properties = model.get("properties");
    if (properties instanceof Map<?, ?> expected) {
      for (Map.Entry<?, ?> e : expected.entrySet()) {
        String property = String.valueOf(e.getKey());
        Map<String, Object> want = map(e.getValue());
        Violation found = find(result, property);
        expect(problems, property, want.get("result"), found == null ? "holds" : "violated");
        if (found != null) {
          expect(problems, property + " traceLength", want.get("traceLength"), (long) found.trace().size());
        }
      }
    }
    Object full = model.get("fullStateSpace");
    if (full instanceof Map<?, ?> space && result.complete()) {
      expect(problems, "full distinctStates", space.get("distinctStates"), result.stats().distinct());
      expect(problems, "full stateDepth", space.get("stateDepth"), (long) result.stats().depth());
    }
  }

  private static Violation find(CheckResult result, String property) {
    for (Violation v : result.violations()) {
      if (property.equals(label(v))) {
        return v;
      }
    }
    return null;
  }

  /** The property a violation belongs to: an invariant's name, "deadlock" or "Assert". */
  private static String label(Violation v) {
    switch (v.kind()) {
      case DEADLOCK: return "deadlock";
      case ASSERT: return "Assert";
      case EVALUATION: return "evaluation";
      default: return v.name();
    }
  }

  private static void expect(List<String> problems, String what, Object expected, Object actual) {
    if (expected == null) {
      return;
    }
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      problems.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  private static void printTable(List<ModelRun> outcomes) {
    Set<String> columns = new LinkedHashSet<>();
    columns.add("NoDeadlock");
    columns.add("PagecacheConsistent");
    columns.add("SyscallsReturn");
    Set<String> others = new LinkedHashSet<>();
    for (ModelRun o : outcomes) {
      if (o.result == null) {
        continue;
      }
      for (Violation v : o.result.violations()) {
        String n = label(v);
        if (n != null && !columns.contains(n)) {
          others.add(n);
        }
      }
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"model", "NoDeadlock", "PagecacheConsistent", "SyscallsReturn", "other properties",
        "distinct states", "depth", "time", "as expected?"});
    for (ModelRun o : outcomes) {
      if (o.result == null) {
        rows.add(new String[] {o.name, "-", "-", "-", "-", "-", "-", "-", "NO: " + o.problems.get(0)});
        continue;
      }
      String[] row = new String[9];
      row[0] = o.name;
      row[1] = verdict(o, "NoDeadlock");
      row[2] = verdict(o, "PagecacheConsistent");
      row[3] = verdict(o, "SyscallsReturn");
      List<String> other = new ArrayList<>();
      for (String n : others) {
        Violation v = find(o.result, n);
        if (v != null) {
          other.add(n + " violated (" + v.trace().size() + ")");
        }
      }
      row[4] = other.isEmpty() ? "-" : String.join(", ", other);
      row[5] = String.valueOf(o.result.stats().distinct());
      row[6] = String.valueOf(o.result.stats().depth());
      row[7] = String.format("%.1fs", o.result.stats().seconds());
      row[8] = o.problems.isEmpty() ? "yes" : "NO: " + String.join("; ", o.problems);
      rows.add(row);
    }
    System.out.print(TextTable.render(rows));
    System.out.println();
  }

  private static String verdict(ModelRun o, String property) {
    if (!o.checked.contains(property)) {
      return "-";
    }
    Violation v = find(o.result, property);
    if (v != null) {
      return "violated (" + v.trace().size() + " states)";
    }
    return o.result.complete() ? "holds" : "?";
  }

  private void printTraces(List<ModelRun> outcomes) {
    for (ModelRun o : outcomes) {
      if (o.error != null) {
        System.out.println("== " + o.name + ": could not be checked");
        System.out.println(o.error);
        System.out.println();
        continue;
      }
      for (Violation v : o.result.violations()) {
        System.out.println("== " + o.name + ": " + TlcTextReport.headline(v).replace("Error: ", ""));
        StringBuilder out = new StringBuilder();
        TraceText.append(out, v.trace(), o.variables, !fullTraces);
        if (v.kind() == Violation.Kind.TEMPORAL) {
          out.append(TlcTextReport.lassoEnd(v)).append("\n\n");
        }
        System.out.print(out);
      }
    }
  }

  private void writeJson(List<ModelRun> outcomes) throws IOException {
    List<Object> models = new ArrayList<>();
    for (ModelRun o : outcomes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("folder", o.folder);
      m.put("name", o.name);
      m.put("asExpected", o.problems.isEmpty());
      m.put("problems", o.problems);
      if (o.result != null) {
        m.put("distinctStates", o.result.stats().distinct());
        m.put("stateDepth", o.result.stats().depth());
        m.put("seconds", o.result.stats().seconds());
        List<Object> properties = new ArrayList<>();
        for (Violation v : o.result.violations()) {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("name", v.kind() == Violation.Kind.DEADLOCK ? "deadlock" : v.name());
          p.put("result", "violated");
          p.put("traceLength", v.trace().size());
          properties.add(p);
        }
        m.put("violations", properties);
      }
      models.add(m);
    }
    Files.writeString(json, Json.write(Map.of("models", models)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List<?> ? (List<Object>) o : List.of();
  }
}

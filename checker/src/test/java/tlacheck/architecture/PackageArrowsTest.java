package tlacheck.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of docs/ARCHITECTURE.md, enforced: every main source file may use, by import
 * or by a qualified name in its code, only the packages its own package is allowed to, and the
 * packages form no cycle. The data flows one way: text, tokens, syntax tree, resolved modules,
 * compiled spec, states, result, report; the engine ({@code mc}) knows no TLA+.
 */
class PackageArrowsTest {
  /** Per package, the project packages it may use (besides itself, the JDK and its libraries). */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("tlacheck.source", Set.of()),
      Map.entry("tlacheck.json", Set.of()),
      Map.entry("tlacheck.value", Set.of("tlacheck.source")),
      Map.entry("tlacheck.syntax.ast", Set.of("tlacheck.source")),
      Map.entry("tlacheck.syntax", Set.of("tlacheck.source", "tlacheck.syntax.ast")),
      Map.entry("tlacheck.config", Set.of("tlacheck.source")),
      Map.entry("tlacheck.eval", Set.of("tlacheck.source", "tlacheck.value", "tlacheck.syntax.ast")),
      Map.entry("tlacheck.eval.stdlib", Set.of("tlacheck.eval", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.eval.enumerate", Set.of("tlacheck.eval", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.eval.temporal",
          Set.of("tlacheck.eval", "tlacheck.eval.enumerate", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.eval.semantic", Set.of("tlacheck.eval", "tlacheck.eval.stdlib", "tlacheck.syntax",
          "tlacheck.syntax.ast", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.eval.compile", Set.of("tlacheck.eval", "tlacheck.eval.stdlib", "tlacheck.eval.enumerate",
          "tlacheck.eval.temporal", "tlacheck.syntax.ast", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.spec", Set.of("tlacheck.config", "tlacheck.eval", "tlacheck.eval.stdlib",
          "tlacheck.eval.enumerate", "tlacheck.eval.temporal", "tlacheck.eval.semantic", "tlacheck.eval.compile",
          "tlacheck.syntax.ast", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.mc", Set.of("tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.liveness", Set.of("tlacheck.mc", "tlacheck.spec", "tlacheck.eval", "tlacheck.eval.temporal",
          "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.run", Set.of("tlacheck.config", "tlacheck.spec", "tlacheck.eval", "tlacheck.eval.temporal",
          "tlacheck.liveness", "tlacheck.mc", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.report", Set.of("tlacheck.mc", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck.cli", Set.of("tlacheck.run", "tlacheck.report", "tlacheck.mc", "tlacheck.json",
          "tlacheck.syntax", "tlacheck.syntax.ast", "tlacheck.source", "tlacheck.value")),
      Map.entry("tlacheck", Set.of("tlacheck.cli", "tlacheck.eval", "tlacheck.source")));

  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  /** A use of a project class by its qualified name: {@code tlacheck.pkg.Class} (imports included). */
  private static final Pattern QUALIFIED = Pattern.compile("\\btlacheck((?:\\.[a-z]\\w*)*)\\.[A-Z]");

  @Test
  void everyPackageUsesOnlyThePackagesItMay() throws IOException {
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> arrows = arrows(violations);
    assertTrue(arrows.size() >= 15, "the main sources were not found from " + MAIN.toAbsolutePath());
    assertEquals(List.of(), violations);
  }

  @Test
  void thePackagesFormNoCycle() throws IOException {
    Map<String, Set<String>> arrows = arrows(new ArrayList<>());
    Set<String> done = new TreeSet<>();
    for (String p : arrows.keySet()) {
      List<String> path = new ArrayList<>();
      String cycle = cycleFrom(p, arrows, path, done);
      assertEquals(null, cycle, "a cycle of packages");
    }
  }

  /** The arrows package -> used package, found in the sources; forbidden ones are added to {@code violations}. */
  private static Map<String, Set<String>> arrows(List<String> violations) throws IOException {
    Map<String, Set<String>> arrows = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file);
      Matcher pkg = PACKAGE.matcher(text);
      if (!pkg.find()) {
        continue;
      }
      String from = pkg.group(1);
      Set<String> allowed = ALLOWED.get(from);
      if (allowed == null) {
        violations.add(file + ": package " + from + " has no entry in the allowed arrows (add it, and to docs/ARCHITECTURE.md)");
        continue;
      }
      Set<String> used = arrows.computeIfAbsent(from, k -> new TreeSet<>());
      Matcher m = QUALIFIED.matcher(code(text));
      while (m.find()) {
        String to = "tlacheck" + m.group(1);
        if (to.equals(from)) {
          continue;
        }
        used.add(to);
        if (!allowed.contains(to)) {
          violations.add(file.getFileName() + " (" + from + ") uses " + to);
        }
      }
    }
    return arrows;
  }

  /** The text without comments and string literals (javadoc may name any class). */
  static String code(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
        .replaceAll("(?m)^package .*$", "");
  }

  private static String cycleFrom(String p, Map<String, Set<String>> arrows, List<String> path, Set<String> done) {
    if (done.contains(p)) {
      return null;
    }
    if (path.contains(p)) {
      return String.join(" -> ", path.subList(path.indexOf(p), path.size())) + " -> " + p;
    }
    path.add(p);
    for (String q : arrows.getOrDefault(p, Set.of())) {
      String cycle = cycleFrom(q, arrows, path, done);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    done.add(p);
    return null;
  }

  @Test
  void theAllowedArrowsThemselvesFormNoCycle() {
    Set<String> done = new TreeSet<>();
    for (String p : ALLOWED.keySet()) {
      assertEquals(null, cycleFrom(p, ALLOWED, new ArrayList<>(), done), "a cycle in the allowed arrows");
    }
  }

  @Test
  void qualifiedNamesInCodeAreFoundButNotInComments() {
    String text = "package tlacheck.mc;\nimport tlacheck.value.Value;\n/** {@link tlacheck.eval.Node} */\n"
        + "class X { Object o = new tlacheck.report.Foo(); String s = \"tlacheck.cli.Bar\"; }";
    Matcher m = QUALIFIED.matcher(code(text));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add("tlacheck" + m.group(1));
    }
    assertEquals(List.of("tlacheck.value", "tlacheck.report"), found);
  }
}

package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import tlacheck.LineDiff;
import tlacheck.Main;
import tlacheck.RepoPaths;

/**
 * Golden files for the language, compared in full (as GraalVM SimpleLanguage's tests compare
 * {@code X.sl} with {@code X.output}). Every folder under {@code resources/lang} holds a spec
 * named after the folder and any number of models {@code X.cfg}, each with {@code X.expected}:
 *
 * <pre>
 * # Why the expected output is right: the counts derived by hand (ignored by the comparison).
 * $ tlacheck check Alias.tla --config Alias.cfg --workers 1
 * === exit code 12
 * === stdout
 * Error: Invariant Small is violated.
 * ...
 * === stderr
 * </pre>
 *
 * The header, up to the first {@code ===} line, holds comment lines ({@code #}), blank lines
 * and the one command ({@code $ tlacheck check SPEC --config CFG [options]}, paths relative to
 * the folder, {@code --lib DIR} included; no option that writes a file). The command runs in this JVM through
 * {@link Main#run}, as a user would run it in the folder, and everything from
 * {@code === exit code} to the end of the file must equal its exit code, its whole stdout and its
 * whole stderr. A stream that does not end with a newline gets the line
 * {@code === (no newline at the end of stdout)}. A failure names the first differing line of the
 * file and shows a line diff.
 *
 * <p>Masked before the comparison, and nothing else: (1) the path of the folder with its
 * separator, absolute or relative to the working directory (as a module under it is named), is
 * removed wherever it occurs, so that {@code target/test-classes/lang/Recursion/Endless.tla:7:33}
 * reads {@code Endless.tla:7:33} as in a run in the folder; (2) progress lines
 * ({@code Progress(d): n states generated (r s/min), …}, {@link #PROGRESS}), printed every 5
 * seconds of a search and so present or not with the machine's load, are dropped. The text
 * output holds no other timing, date, heap size or thread-dependent line (checked by running
 * the corpus repeatedly); seconds appear only in {@code --json}, which these tests do not
 * write.
 *
 * <p>After a deliberate change of the output, regenerate the output sections (the headers,
 * with their comments and commands, are kept; a model without {@code .expected} gets one with
 * the default command) with
 * {@code mvn -q verify -Dgoldens.update=true}, or for these tests only
 * {@code mvn -q test -Dtest=LanguageGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgoldens.update=true},
 * and review the change with {@code git diff}. The files written are those of
 * {@code checker/src/test/resources/lang} (found through {@link RepoPaths}). A run without the
 * flag never writes a file.
 */
class LanguageGoldenTest {
  static final String UPDATE_PROPERTY = "goldens.update";
  static final String SEPARATOR = "=== ";
  static final String COMMAND = "$ tlacheck ";
  static final Pattern PROGRESS = Pattern.compile("Progress\\(\\d+\\): \\d+ states generated \\(\\d+ s/min\\), "
      + "\\d+ distinct states found \\(\\d+ ds/min\\), \\d+ states left on queue\\.");
  /** Options whose value is a file the command would write: not in a golden's command. */
  private static final Set<String> WRITES_FILES = Set.of("--json", "--itf", "--trace-html");
  private static final Set<String> TAKE_VALUES = Set.of("--config", "-config", "--workers", "-workers", "--lanes",
      "--lib");
  /** Options whose value is a path, relative to the golden's folder. */
  private static final Set<String> TAKE_PATHS = Set.of("--config", "-config", "--lib");

  static Path root() throws URISyntaxException {
    return Path.of(LanguageGoldenTest.class.getResource("/lang").toURI());
  }

  static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  @TestFactory
  List<DynamicTest> everyModelPrintsItsExpectedOutput() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(root())) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      Set<String> models = new LinkedHashSet<>();
      Set<String> goldens = new LinkedHashSet<>();
      try (Stream<Path> list = Files.list(folder)) {
        for (Path file : list.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".cfg")) {
            models.add(name.substring(0, name.length() - 4));
          } else if (name.endsWith(".expected")) {
            goldens.add(name.substring(0, name.length() - 9));
          }
        }
      }
      goldens.removeAll(models);
      assertTrue(goldens.isEmpty(), () -> folder.getFileName() + ": .expected without a .cfg: " + goldens);
      for (String model : models) {
        tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + model, () -> check(folder, model)));
      }
    }
    assertTrue(tests.size() >= 40, "the golden corpus is missing");
    return tests;
  }

  private void check(Path folder, String model) throws IOException {
    String name = folder.getFileName() + "/" + model + ".expected";
    Path expectedFile = folder.resolve(model + ".expected");
    List<String> header;
    List<String> expected;
    if (Files.exists(expectedFile)) {
      List<String> lines = lines(Files.readString(expectedFile, StandardCharsets.UTF_8));
      int start = 0;
      while (start < lines.size() && !lines.get(start).startsWith(SEPARATOR)) {
        start++;
      }
      header = lines.subList(0, start);
      expected = lines.subList(start, lines.size());
    } else if (updating()) {
      header = List.of(COMMAND + "check " + folder.getFileName() + ".tla --config " + model + ".cfg --workers 1");
      expected = List.of();
    } else {
      throw new AssertionFailedError("missing " + name + " (run with -D" + UPDATE_PROPERTY
          + "=true to write it from the current output)");
    }
    List<String> actual = render(run(folder, command(name, header)));
    if (updating()) {
      if (!actual.equals(expected)) {
        write(name, header, actual);
      }
      return;
    }
    String diff = LineDiff.render(expected, actual, header.size() + 1, index -> where(expected, actual, index));
    if (diff != null) {
      throw new AssertionFailedError("checker/src/test/resources/lang/" + name + ": the output differs; " + diff
          + "If the change is deliberate: mvn -q verify -D" + UPDATE_PROPERTY + "=true, then review git diff.",
          String.join("\n", expected), String.join("\n", actual));
    }
  }

  /** Which section the line at {@code index} is in, and its line there: " (stdout line 3)". */
  static String where(List<String> expected, List<String> actual, int index) {
    List<String> lines = index < actual.size() ? actual : expected;
    int section = index;
    while (section >= 0 && !lines.get(section).startsWith(SEPARATOR)) {
      section--;
    }
    if (section < 0 || section == index) {
      return "";
    }
    return " (" + lines.get(section).substring(SEPARATOR.length()) + " line " + (index - section) + ")";
  }

  /** The arguments of the header's command line, after {@code $ tlacheck}. */
  static List<String> command(String name, List<String> header) {
    List<String> commands = new ArrayList<>();
    for (String line : header) {
      if (line.startsWith(COMMAND)) {
        commands.add(line.substring(COMMAND.length()).strip());
      } else if (!line.isBlank() && !line.startsWith("#")) {
        fail(name + ": the header (before '" + SEPARATOR.strip() + "') holds only # comments and the "
            + COMMAND.strip() + " command, not: " + line);
      }
    }
    assertEquals(1, commands.size(), name + ": the header must hold exactly one '" + COMMAND.strip() + " check ...' line");
    List<String> args = Arrays.asList(commands.get(0).split("\\s+"));
    assertEquals("check", args.get(0), name + ": a golden runs the check command");
    return args;
  }

  /** The exit code and the masked stdout and stderr of the command, run as if in {@code folder}. */
  record Output(int exit, String out, String err) {}

  static Output run(Path folder, List<String> command) throws IOException {
    List<String> args = new ArrayList<>();
    boolean specSeen = false;
    for (int i = 0; i < command.size(); i++) {
      String arg = command.get(i);
      if (WRITES_FILES.contains(arg)) {
        fail(arg + " writes a file; a golden compares the console output only");
      }
      args.add(arg);
      if (TAKE_VALUES.contains(arg) && i + 1 < command.size()) {
        String value = command.get(++i);
        args.add(TAKE_PATHS.contains(arg) ? folder.resolve(value).toString() : value);
      } else if (i > 0 && !arg.startsWith("-")) {
        assertTrue(!specSeen, "more than one spec in " + command);
        specSeen = true;
        args.set(args.size() - 1, folder.resolve(arg).toString());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      exit = Main.run(args.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return new Output(exit, mask(out.toString(StandardCharsets.UTF_8), folder),
        mask(err.toString(StandardCharsets.UTF_8), folder));
  }

  /** The masks described in the class comment: the folder's path, and progress lines. */
  static String mask(String text, Path folder) throws IOException {
    text = text.replace("\r\n", "\n");
    Path cwd = Path.of("").toAbsolutePath();
    for (Path path : new Path[] {folder.toAbsolutePath(), folder.toRealPath()}) {
      text = text.replace(path + File.separator, "");
      if (path.startsWith(cwd)) { // as ModuleLoader names a file under the working directory
        text = text.replace(cwd.relativize(path) + File.separator, "");
      }
    }
    StringBuilder kept = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (!PROGRESS.matcher(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line).matches()) {
        kept.append(line);
      }
    }
    return kept.toString();
  }

  /** The output sections of a golden file, as lines. */
  static List<String> render(Output output) {
    List<String> lines = new ArrayList<>();
    lines.add(SEPARATOR + "exit code " + output.exit());
    section(lines, "stdout", output.out());
    section(lines, "stderr", output.err());
    return lines;
  }

  private static void section(List<String> lines, String name, String text) {
    lines.add(SEPARATOR + name);
    lines.addAll(lines(text));
    if (!text.isEmpty() && !text.endsWith("\n")) {
      lines.add(SEPARATOR + "(no newline at the end of " + name + ")");
    }
  }

  /** The lines of a text; a last line without a newline counts as a line. */
  static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }

  /** Writes header and output to the source tree's golden file (not the copy the tests read). */
  private static void write(String name, List<String> header, List<String> output) throws IOException {
    Path source = RepoPaths.root().resolve("checker/src/test/resources/lang").resolve(name);
    assertTrue(Files.isDirectory(source.getParent()), "no source folder " + source.getParent());
    StringBuilder text = new StringBuilder();
    for (String line : header) {
      text.append(line).append('\n');
    }
    for (String line : output) {
      text.append(line).append('\n');
    }
    Files.writeString(source, text.toString(), StandardCharsets.UTF_8);
    System.out.println("LanguageGoldenTest: wrote " + source);
  }

  /** The failure message names the first differing line of the file and shows the change in context. */
  @Test
  void aDifferenceIsShownAsALineDiffWithLineNumbers() {
    List<String> expected = List.of("=== exit code 0", "=== stdout", "a", "b", "c", "d", "=== stderr");
    List<String> actual = List.of("=== exit code 0", "=== stdout", "a", "b", "x", "c", "d", "=== stderr");
    String diff = LineDiff.render(expected, actual, 3);
    assertEquals(String.join("\n",
        "first difference at line 7:",
        "  expected: c",
        "  actual:   x",
        "diff (- expected, + actual; columns: expected line, actual line):",
        "  ...",
        "     5    5 | a",
        "     6    6 | b",
        "+         7 | x",
        "     7    8 | c",
        "     8    9 | d",
        ""), diff);
    assertNull(LineDiff.render(expected, expected, 1));
    assertEquals(" (stdout line 3)", where(expected, actual, 4));
  }

  @Test
  void theFolderAndProgressLinesAreMasked() throws IOException, URISyntaxException {
    Path folder = root().resolve("Alias");
    String text = "Progress(3): 120 states generated (7200 s/min), 60 distinct states found (3600 ds/min), "
        + "5 states left on queue.\n" + folder.toAbsolutePath() + File.separator + "Alias.tla:1:2: oops\n"
        + Path.of("").toAbsolutePath().relativize(folder.toAbsolutePath()) + File.separator + "Lib.tla:3:4: also\n"
        + "Progress(3) is a line of a spec\n";
    assertEquals("Alias.tla:1:2: oops\nLib.tla:3:4: also\nProgress(3) is a line of a spec\n", mask(text, folder));
  }
}

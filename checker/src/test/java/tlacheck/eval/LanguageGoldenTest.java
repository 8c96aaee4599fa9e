package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.Main;
import tlacheck.json.Json;

/**
 * Golden files for the language: every folder under {@code resources/lang} holds a spec named
 * after the folder, and any number of {@code X.cfg} models, each with {@code X.expected}: the
 * exit code and, as the case may be, the result, counts, violated property, trace length, and
 * substrings of the error message or of the JSON trace. Every expected count is derived by hand
 * in a comment of its {@code .expected} file. Each model runs through the command line, as a
 * user would run it, with one worker.
 */
class LanguageGoldenTest {
  @TempDir
  Path tmp;

  static Path root() throws URISyntaxException {
    return Path.of(LanguageGoldenTest.class.getResource("/lang").toURI());
  }

  @TestFactory
  List<DynamicTest> everyModelGivesItsExpectedOutcome() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(root())) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      List<Path> configs;
      try (Stream<Path> list = Files.list(folder)) {
        configs = list.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
      }
      for (Path cfg : configs) {
        String base = cfg.getFileName().toString().replace(".cfg", "");
        tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + base, () -> check(folder, cfg, base)));
      }
    }
    assertTrue(tests.size() >= 20, "the golden corpus is missing");
    return tests;
  }

  @SuppressWarnings("unchecked")
  private void check(Path folder, Path cfg, String base) throws IOException {
    Path expectedFile = folder.resolve(base + ".expected");
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
    Properties expected = new Properties();
    try (Reader reader = Files.newBufferedReader(expectedFile)) {
      expected.load(reader);
    }
    String spec = expected.getProperty("spec", folder.getFileName() + ".tla");
    Path json = tmp.resolve(folder.getFileName() + "-" + base + ".json");
    // The report goes to the JSON file; the console output (checked in CheckCommandTest) is dropped.
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    int exit;
    try (java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream())) {
      System.setOut(sink);
      System.setErr(sink);
      exit = Main.run("check", folder.resolve(spec).toString(), "--config", cfg.toString(), "--workers",
          expected.getProperty("workers", "1"),
          "--quiet", "--json", json.toString());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    Map<String, Object> result = Files.exists(json) ? (Map<String, Object>) Json.parse(Files.readString(json)) : Map.of();
    String context = folder.getFileName() + "/" + base + ": " + result;
    assertEquals(Integer.parseInt(expected.getProperty("exitCode")), exit, context);
    for (String key : new String[] {"result", "distinctStates", "totalStates", "stateDepth", "traceLength"}) {
      if (expected.containsKey(key)) {
        assertNotNull(result.get(key), context);
        assertEquals(expected.getProperty(key), String.valueOf(result.get(key)), key + " of " + context);
      }
    }
    if (expected.containsKey("violated")) {
      Map<String, Object> violation = (Map<String, Object>) result.get("violation");
      assertNotNull(violation, context);
      assertEquals(expected.getProperty("violated"), violation.get("name"), context);
    }
    if (expected.containsKey("error")) {
      Object error = result.get("error");
      assertNotNull(error, context);
      String message = error instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : String.valueOf(error);
      assertTrue(message.contains(expected.getProperty("error")), "error of " + context);
    }
    if (expected.containsKey("trace")) {
      String trace = String.valueOf(result.get("trace"));
      for (String part : expected.getProperty("trace").split("\\|")) {
        assertTrue(trace.contains(part), "trace should contain " + part + ": " + context);
      }
    }
  }
}

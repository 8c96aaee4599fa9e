package tlacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The regression proof: every model in specs/ and examples/ behaves as its manifest expects,
 * and a manifest that expects something else makes the suite fail and say why.
 */
class SuiteCommandTest {
  @TempDir
  Path dir;

  static Path repo() {
    return tlacheck.RepoPaths.root();
  }

  private static int suite(String... args) {
    return new CommandLine(new SuiteCommand()).execute(args);
  }

  private static String captured(Runnable run) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void specsAndExamples_behaveAsTheirManifestsExpect() {
    int[] exit = new int[1];
    String out = captured(() -> exit[0] = suite(repo().resolve("specs").toString(), repo().resolve("examples").toString(),
        "--junit", dir.resolve("junit.xml").toString()));
    assertEquals(0, exit[0], out);
    assertTrue(out.contains("models behave as their manifests expect."), out);
    assertTrue(out.startsWith("model "), out);
  }

  @Test
  void driftFromTheManifest_failsAndSaysWhy() throws Exception {
    Files.writeString(dir.resolve("M.tla"), "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\n"
        + "Init == x = 0\nNext == x < 3 /\\ x' = x + 1\nSmall == x < 2\n====\n");
    Files.writeString(dir.resolve("M.cfg"), "INIT Init\nNEXT Next\nINVARIANT Small\n");
    // The shortest violation has 3 states (x = 0, 1, 2); the manifest claims 4.
    Files.writeString(dir.resolve("manifest.json"), "{\"modules\": [{\"path\": \"M.tla\", \"models\": [{\"name\": \"M\", "
        + "\"path\": \"M.cfg\", \"result\": \"safety failure\", \"violated\": \"Small\", \"traceLength\": 4}]}]}");
    int[] exit = new int[1];
    String out = captured(() -> exit[0] = suite(dir.toString()));
    assertEquals(1, exit[0], out);
    assertTrue(out.contains("NO: traceLength: expected 4, got 3"), out);
  }
}

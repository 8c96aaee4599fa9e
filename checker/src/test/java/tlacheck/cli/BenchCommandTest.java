package tlacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bench command reports bad input as check does, never as an internal error. */
class BenchCommandTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run bench(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new BenchCommand()).execute(args);
      return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Writes the spec (and its .cfg unless null), runs bench on it, and checks the error it reports. */
  private void assertReported(String module, String spec, String cfg, ExitCode exit, String expected) throws IOException {
    Path tla = dir.resolve(module + ".tla");
    Files.writeString(tla, spec);
    if (cfg != null) {
      Files.writeString(dir.resolve(module + ".cfg"), cfg);
    }
    Run run = bench(tla.toString());
    assertEquals(exit.code, run.exit(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  @Test
  void aSpecWithoutItsConfigIsAConfigurationError() throws IOException {
    assertReported("Lone", "---- MODULE Lone ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n", null,
        ExitCode.CONFIG_PARSE, "Lone.cfg");
  }

  @Test
  void aSyntaxErrorIsReportedWithItsLocation() throws IOException {
    assertReported("Broken", "---- MODULE Broken ----\nVARIABLE x\nInit == x = = 0\n====\n", "INIT Init\n",
        ExitCode.SPEC_PARSE, "Broken.tla:3:");
  }

  @Test
  void aGoodSpecPrintsItsCounts() throws IOException {
    Path spec = dir.resolve("Count.tla");
    Files.writeString(spec, "---- MODULE Count ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\n"
        + "Next == x < 4 /\\ x' = x + 1\n====\n");
    Files.writeString(dir.resolve("Count.cfg"), "INIT Init\nNEXT Next\n");
    Run run = bench("--no-deadlock", spec.toString());
    assertEquals(0, run.exit(), run.err());
    // x = 0..4: five distinct states, each generated once (one initial, four successors).
    assertTrue(run.out().lines().anyMatch(l -> l.matches("Count\\.tla\\s+1\\s+5\\s+5\\s+.*")), run.out());
  }
}

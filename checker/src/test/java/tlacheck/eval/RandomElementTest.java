package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/** RandomElement is seeded: the same spec draws the same elements on every run. */
class RandomElementTest {
  @TempDir
  Path dir;

  private String run() throws IOException {
    Path spec = dir.resolve("R.tla");
    Files.writeString(spec, """
        ---- MODULE R ----
        EXTENDS Naturals, TLC
        ASSUME PrintT(<<RandomElement(1..1000), RandomElement(1..1000), RandomElement(1..1000)>>)
        ====
        """);
    Files.writeString(dir.resolve("R.cfg"), "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledSpec compiled = SpecLoader.load(spec, dir.resolve("R.cfg"), new PrintStream(out, true, StandardCharsets.UTF_8));
    compiled.checkAssumptions();
    return out.toString(StandardCharsets.UTF_8).trim();
  }

  @Test
  void drawsTheSameElementsOnEveryRun() throws IOException {
    String first = run();
    assertTrue(first.matches("<<\\d+, \\d+, \\d+>>"), first);
    assertEquals(first, run());
  }
}

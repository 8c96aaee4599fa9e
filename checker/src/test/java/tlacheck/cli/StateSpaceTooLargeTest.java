package tlacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search that outgrows the heap stops with "state space too large", the statistics so far and
 * exit code 152, never an OutOfMemoryError trace. Run in a JVM of its own with a small heap, as a
 * user would meet it.
 */
class StateSpaceTooLargeTest {
  @TempDir
  Path dir;

  /** Every sequence of numbers in 1..40: 40^k states at depth k + 1, without end. */
  private static final String GROW = """
      ---- MODULE Grow ----
      EXTENDS Naturals, Sequences
      VARIABLE s
      Init == s = <<>>
      Next == \\E i \\in 1..40 : s' = Append(s, i)
      ====
      """;

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aSearchThatOutgrowsTheHeapStopsCleanly(int workers) throws IOException, InterruptedException {
    Path spec = dir.resolve("Grow.tla");
    Files.writeString(spec, GROW);
    Files.writeString(dir.resolve("Grow.cfg"), "INIT Init\nNEXT Next\n");
    Path out = dir.resolve("out.txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseParallelGC",
        "-cp", System.getProperty("java.class.path"), "tlacheck.Main", "check", spec.toString(),
        "--workers", String.valueOf(workers)))
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    // A guard against a hang, not a timing goal: the run takes a few seconds.
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not stop");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(ExitCode.STATE_SPACE_TOO_LARGE.code, child.exitValue(), text);
    assertTrue(text.contains("Error: state space too large: the Java heap is exhausted"), text);
    assertFalse(text.contains("OutOfMemoryError") || text.contains("Exception") || text.contains("\tat "), text);
    Matcher stats = Pattern.compile("(\\d+) states generated, (\\d+) distinct states found, (\\d+) states left on queue\\.")
        .matcher(text);
    assertTrue(stats.find(), text);
    // The first four levels (1 + 40 + 1,600 + 64,000 states) fit in 48 MB many times over; all
    // of them are found before the heap runs out. Every state is new, so generated = distinct.
    long distinct = Long.parseLong(stats.group(2));
    assertTrue(distinct > 1 + 40 + 1_600 + 64_000, text);
    assertEquals(stats.group(1), stats.group(2), text);
  }
}

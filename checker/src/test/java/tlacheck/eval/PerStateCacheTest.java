package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * Definitions without arguments at state level are kept per state (CallNodes.OpCall#perState),
 * which must change nothing observable: the counts stay TLC's, and a definition that prints still
 * prints at every use, as TLC evaluates it.
 */
class PerStateCacheTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PerStateCacheTest.class.getResource("/perstate/" + name).toURI());
  }

  /** Checks {@code <module>.tla} with its .cfg; returns the lines printed, after asserting TLC's distinct count. */
  private static String[] printedLines(String module, int distinct) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CompiledSpec spec = SpecLoader.load(resource(module + ".tla"), resource(module + ".cfg"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    CheckResult r = Explorer.check(SpecModels.of(spec), SpecModels.options(false, false, 1), Explorer.Progress.NONE);
    assertTrue(r.success(), () -> r.violations().toString());
    assertEquals(distinct, r.stats().distinct());
    return printed.toString(StandardCharsets.UTF_8).strip().split("\n");
  }

  /**
   * Mailboxes.tla's definitions with arguments are kept per argument list and state: its counts
   * must be those of the same system enumerated here directly (msgs as 6 bits, one per
   * message {@code <<p, v>>}).
   */
  @Test
  void definitionsWithArgumentsKeptPerStateGiveTheDirectCounts() throws Exception {
    java.util.Map<Integer, Integer> depthOf = new java.util.HashMap<>();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    depthOf.put(0, 1);
    queue.add(0);
    long generated = 1;
    int depth = 1;
    while (!queue.isEmpty()) {
      int msgs = queue.poll();
      depth = Math.max(depth, depthOf.get(msgs));
      java.util.List<Integer> next = new java.util.ArrayList<>();
      for (int p = 0; p < 3; p++) {
        int waiting = Integer.bitCount(msgs >> (2 * p) & 3);
        for (int v = 0; v < 2; v++) {
          int bit = 1 << (2 * p + v);
          if ((msgs & bit) == 0 && waiting < 2) {
            next.add(msgs | bit); // Send(p, v)
          }
        }
        for (int v = 0; v < 2; v++) {
          int bit = 1 << (2 * p + v);
          if ((msgs & bit) != 0 && v == waiting - 1) {
            next.add(msgs & ~bit); // Recv(p)
          }
        }
      }
      generated += next.size();
      for (int s : next) {
        if (depthOf.putIfAbsent(s, depthOf.get(msgs) + 1) == null) {
          queue.add(s);
        }
      }
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CompiledSpec spec = SpecLoader.load(resource("Mailboxes.tla"), resource("Mailboxes.cfg"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    CheckResult r = Explorer.check(SpecModels.of(spec), SpecModels.options(false, false, 1), Explorer.Progress.NONE);
    assertTrue(r.success(), () -> r.violations().toString());
    assertEquals(depthOf.size(), r.stats().distinct());
    assertEquals(generated, r.stats().generated());
    assertEquals(depth, r.stats().depth());
  }

  @Test
  void impureDefinitionsAreEvaluatedAtEveryUse() throws Exception {
    // x in 0..3, y in 0..2: 12 states; Louder = Noisy = Loud /\ Loud prints twice per state.
    String[] lines = printedLines("Counter", 12);
    assertEquals(24, lines.length, String.join("\n", lines));
    assertEquals(2, java.util.Arrays.stream(lines).filter(l -> l.equals("<<\"state\", 3, 2>>")).count());
  }

  @Test
  void aDefinitionUsingAnImpureSubstitutionIsEvaluatedAtEveryUse() throws Exception {
    // Per state, Seen evaluates Twice twice, and Twice reads v twice: 4 prints; x in 0..2.
    String[] lines = printedLines("Relay", 3);
    assertEquals(12, lines.length, String.join("\n", lines));
    assertEquals(4, java.util.Arrays.stream(lines).filter(l -> l.equals("<<\"read\", 2>>")).count());
  }
}

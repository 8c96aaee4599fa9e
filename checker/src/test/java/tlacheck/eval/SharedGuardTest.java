package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.mc.CheckOptions;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.TlaModel;
import tlacheck.mc.Violation;

/**
 * Disjuncts that start with the same test skip it once one of them found it false (SharedGuard):
 * in successor enumeration and in an invariant, with a look-alike test over swapped arguments
 * that must not be grouped. State (a, b, log) below is box[1][2], box[2][1] and log.
 */
class SharedGuardTest {
  @TempDir
  Path dir;

  private CheckResult check(String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/guards/Shared.tla")) {
      Files.write(dir.resolve("Shared.tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve("Shared.cfg"), cfg);
    CompiledSpec spec = CompiledSpec.load(dir.resolve("Shared.tla"), dir.resolve("Shared.cfg"),
        new PrintStream(OutputStream.nullOutputStream()));
    return Explorer.check(() -> new TlaModel(spec), new CheckOptions(false, false, 1), Explorer.Progress.NONE);
  }

  @Test
  void countsAreTlcs() throws IOException {
    CheckResult r = check("CONSTANT Extra = {}\nINIT Init\nNEXT Next\n");
    assertTrue(r.success(), () -> r.violations().toString());
    // From (0,0,0), Send makes a and b 1, RecvA then sets log to 1 or 2, and Send refills: all
    // 2 * 2 * 3 states are reachable.
    assertEquals(12, r.stats().distinct());
    // Per state: Send for each empty box, RecvA (log = 0) or RecvB (log # 0) for each full one,
    // that is 2 in all, and Swap when exactly one box is full (a # b, 6 of the 12 states):
    // 12 * 2 + 6 = 30, plus the initial state. Grouping Swap with RecvA would lose the 6.
    assertEquals(31, r.stats().generated());
  }

  @Test
  void anInvariantWhoseDisjunctsShareATestIsJudgedAsTlcDoes() throws IOException {
    CheckResult r = check("CONSTANT Extra = {}\nINIT Init\nNEXT Next\nINVARIANT Noted\n");
    assertFalse(r.success());
    Violation v = r.first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    // Noted fails when box[p][q] = 1 and log = p. Shortest: Send(p, q), RecvA(p, q), Send(p, q).
    assertEquals(4, v.trace().size());
    // Its last step is Send(p, q) into a state with log = p.
    var last = v.trace().get(3);
    assertEquals("Send", last.action().name());
    assertEquals(last.action().parameterValues().get(0).toString(), last.state()[1].toString());
  }

  @Test
  void aSharedTestThatFailsToEvaluateIsReportedWhereItFails() throws IOException {
    CheckResult r = check("CONSTANT Extra = {3}\nINIT Init\nNEXT Next\n");
    Violation v = r.first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    // box[p][3] in RecvA, the group's first member: line 16, where box[p][q] starts.
    assertTrue(v.message().contains("Shared.tla:16:19"), v.message());
    assertEquals(1, v.trace().size());
  }
}

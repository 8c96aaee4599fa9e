package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Violation;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * Guards of {@code \E f \in Files : A(t, f)} that do not depend on f are tested once before the
 * bindings are tried (GuardPrecheck), which must change nothing observable: TLC's counts, a
 * printing guard printed for every binding, and an evaluation error where TLC reports it.
 */
class GuardPrecheckTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private CheckResult check(String cfg) throws IOException {
    return check("Threads", cfg);
  }

  /** Checks resource module {@code guards/<module>.tla} with configuration {@code cfg}. */
  private CheckResult check(String module, String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/guards/" + module + ".tla")) {
      Files.write(dir.resolve(module + ".tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve(module + ".cfg"), cfg);
    CompiledSpec spec = SpecLoader.load(dir.resolve(module + ".tla"), dir.resolve(module + ".cfg"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    return Explorer.check(() -> SpecModels.of(spec), SpecModels.options(false, false, 1), Explorer.Progress.NONE);
  }

  @Test
  void countsAndPrintsAreTlcs() throws IOException {
    CheckResult r = check("CONSTANTS Files = {1, 2, 3}  Broken = FALSE  Zero = 1\nSPECIFICATION Spec\nINVARIANT Consistent\n");
    assertTrue(r.success(), () -> r.violations().toString());
    // Per thread: idle, busy on one of 3 files, done on one of 3: 7 states; two threads: 49.
    assertEquals(49, r.stats().distinct());
    // Successors per thread: 3 when idle (Start on each file), 1 when busy (Finish on its file),
    // 0 when done. Summed over the 49 states for both threads: 2 * 7 * (3 + 3 * 1) = 84; plus the
    // initial state.
    assertEquals(85, r.stats().generated());
    // Noisy's guard prints, so it is tried for every thread and file in every state (49 * 2 * 3
    // times), although what it prints does not depend on the file.
    String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(294, lines.length);
    assertEquals(147, java.util.Arrays.stream(lines).filter(l -> l.startsWith("<<\"tried\", 2>>")).count());
  }

  /** The evaluation error the model with this configuration stops at, which must be at {@code where}. */
  private Violation evaluationError(String cfg, String where) throws IOException {
    Violation v = check(cfg).first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    assertTrue(v.message().contains(where), v.message());
    return v;
  }

  @Test
  void aGuardThatFailsToEvaluateIsReportedWhereItFails() throws IOException {
    // pc[t + 5] with t = 1, in the initial state: line 22 of Threads.tla, columns of pc[t + 5].
    Violation v = evaluationError("CONSTANTS Files = {1, 2, 3}  Broken = TRUE  Zero = 1\nSPECIFICATION Spec\n",
        "Threads.tla:22:20");
    assertTrue(v.message().contains("6"), v.message());
    assertEquals(1, v.trace().size());
  }

  @Test
  void aConstantSetThatCannotBeEvaluatedFailsThoughItsActionsLabelNeverMatches() throws IOException {
    // Stuck's label "stuck" is never pc[t], so its \E could be skipped by label; but TLC lists
    // {3 \div 0} before testing the label, and so fails in the initial state.
    Violation v = evaluationError("CONSTANTS Files = {1, 2, 3}  Broken = FALSE  Zero = 0\nSPECIFICATION Spec\n",
        "Threads.tla:30:41:");
    assertEquals(1, v.trace().size());
  }

  @Test
  void aParameterBoundToAPrimedVariableIsAssignedNotTested() throws IOException {
    CheckResult r = check("Primed", "INIT Init\nNEXT Next\n");
    assertTrue(r.success(), () -> r.violations().toString());
    // (0,0) -> (1,1), (1,2); each of those -> (1,1), (1,2): 3 states, 1 + 3 * 2 generated.
    assertEquals(3, r.stats().distinct());
    assertEquals(7, r.stats().generated());
  }
}

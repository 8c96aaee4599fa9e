package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * In {@code P(self) == A(self) \/ B(self) \/ ...} with label tests {@code pc[self] = "..."}, the
 * actions of other labels are skipped after one lookup of pc[self] (GuardDispatch), which must
 * change nothing observable: TLC's counts, the shortest trace and its actions, and errors where a
 * label test cannot be decided.
 */
class GuardDispatchTest {
  @TempDir
  Path dir;

  private CheckResult check(String constants, String checks) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/guards/Labels.tla")) {
      Files.write(dir.resolve("Labels.tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve("Labels.cfg"), "CONSTANTS " + constants + "\nSPECIFICATION Spec\n" + checks);
    CompiledSpec spec = SpecLoader.load(dir.resolve("Labels.tla"), dir.resolve("Labels.cfg"),
        new PrintStream(new ByteArrayOutputStream()));
    return Explorer.check(() -> SpecModels.of(spec), SpecModels.options(false, false, 1), Explorer.Progress.NONE);
  }

  @Test
  void countsAreTlcs() throws IOException {
    CheckResult r = check("Procs = {1, 2}  Known = {1, 2}  Odd = \"zzz\"", "");
    assertTrue(r.success(), () -> r.violations().toString());
    // Each process is at a, b, c or done (count follows from pc): 4 * 4 states. A process not done
    // has exactly one enabled action, so the successors of all states number 2 * 16 * 3/4 = 24,
    // plus the initial state; the longest shortest path takes both processes through 3 steps.
    assertEquals(16, r.stats().distinct());
    assertEquals(25, r.stats().generated());
    assertEquals(7, r.stats().depth());
  }

  @Test
  void theShortestTraceTakesTheActionsInEnumerationOrder() throws IOException {
    CheckResult r = check("Procs = {1, 2}  Known = {1, 2}  Odd = \"zzz\"", "INVARIANT CountSmall\n");
    Violation v = r.first();
    assertEquals(Violation.Kind.INVARIANT, v.kind());
    // count = 2 needs A and B of both processes: 4 steps. Breadth-first, process 1 before 2 and
    // A, B, C in order, writing states as (pc[1], pc[2]): level 1 is (b,a), (a,b); level 2 is
    // (c,a) by B(1), (b,b), (a,c); level 3 starts with (done,a) and (c,b), which A(2) reaches
    // from (c,a) first; expanding level 3, (done,a) gives (done,b), then (c,b) gives (done,b)
    // again and (c,c) by B(2), the first state with count = 2.
    List<String> actions = v.trace().stream().skip(1).map(s -> s.action().name() + s.action().parameterValues())
        .collect(Collectors.toList());
    assertEquals(List.of("A[1]", "B[1]", "A[2]", "B[2]"), actions);
  }

  /** The evaluation error the model with these constants stops at, which must be at {@code where}. */
  private Violation evaluationError(String constants, String where) throws IOException {
    Violation v = check(constants, "").first();
    assertEquals(Violation.Kind.EVALUATION, v.kind());
    assertTrue(v.message().contains(where), v.message());
    return v;
  }

  @Test
  void aLabelThatCannotBeComparedFailsWhereItIsTested() throws IOException {
    // pc[self] = 3 compares a string with a number: an error in TLC, at Weird's label test.
    evaluationError("Procs = {1, 2}  Known = {1, 2}  Odd = 3", "Labels.tla:19:19:");
  }

  @Test
  void aProcessOutsidePcsDomainFailsAtTheFirstLabelTest() throws IOException {
    Violation v = evaluationError("Procs = {1, 2}  Known = {1}  Odd = \"zzz\"", "Labels.tla:10:");
    assertEquals(1, v.trace().size());
    TraceStep initial = v.trace().get(0);
    assertEquals("<<\"a\">>", initial.state()[0].toString());
  }
}

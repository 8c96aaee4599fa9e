package tlacheck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tlacheck.eval.EvalException;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.TraceStep;
import tlacheck.mc.Violation;
import tlacheck.run.SpecModels;
import tlacheck.value.IntValue;
import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * Invariants are checked conjunct by conjunct, skipping what a step cannot have changed and what
 * the initial predicate asserts (InvariantConjuncts). That must change nothing observable: every
 * violation is still found with a shortest trace, and the counts are TLC's.
 */
class InvariantConjunctsTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  /** Compiles resource module {@code invariants/<module>.tla} with configuration {@code cfg}. */
  private CompiledSpec load(String module, String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/invariants/" + module + ".tla")) {
      Files.write(dir.resolve(module + ".tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve(module + ".cfg"), cfg);
    return compile(module);
  }

  private CompiledSpec compile(String module) {
    return SpecLoader.load(dir.resolve(module + ".tla"), dir.resolve(module + ".cfg"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  /** Checks; the first worker gets the spec just loaded, any other its own, as the command line does. */
  private CheckResult check(String module, String cfg, int workers) throws IOException {
    Queue<CompiledSpec> loaded = new ConcurrentLinkedQueue<>(List.of(load(module, cfg)));
    return Explorer.check(() -> {
      CompiledSpec spec = loaded.poll();
      return SpecModels.of(spec != null ? spec : compile(module));
    },
        SpecModels.options(false, false, workers), Explorer.Progress.NONE);
  }

  private static int valueOf(TraceStep step, int slot) {
    return ((IntValue) step.state()[slot]).value();
  }

  @Test
  void countsAndPrintsAreTlcs() throws IOException {
    CheckResult r = check("Steps", "SPECIFICATION Spec\nINVARIANTS TypeOK Noisy\n", 1);
    assertTrue(r.success(), () -> r.violations().toString());
    // x, y, z each in 0..3.
    assertEquals(64, r.stats().distinct());
    // Each counter below 3 can step: 48 states per counter, 144 steps; plus the initial state.
    assertEquals(145, r.stats().generated());
    // Noisy prints, so it is evaluated in every state, as TLC does, whatever a step changed.
    long checks = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"checked\"")).count();
    assertEquals(64, checks);
  }

  @Test
  void aPropertyThatPrintsIsCheckedOncePerDistinctState() throws IOException {
    for (int workers : new int[] {1, 2}) {
      printed.reset();
      CheckResult r = check("Steps", "SPECIFICATION Spec\nINVARIANT TypeOK\nPROPERTY AlwaysNoisy\n", workers);
      assertTrue(r.success(), () -> r.violations().toString());
      assertEquals(64, r.stats().distinct());
      long checks = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"checked\"")).count();
      assertEquals(64, checks, workers + " workers");
    }
  }

  /** Each invariant fails when counter {@code slot} (x 0, y 1, z 2) reaches 3: three steps from the start. */
  @ParameterizedTest
  @CsvSource({"ByArgument, 1", "ByLet, 2", "ByQuantifier, 0", "ByFunction, 1", "ByOperatorArgument, 2",
      "ByDefinition, 2", "ByTuple, 0"})
  void aConjunctReadingTheChangedVariableIsChecked(String invariant, int slot) throws IOException {
    for (int workers : new int[] {1, 2}) {
      CheckResult r = check("Steps", "SPECIFICATION Spec\nINVARIANTS TypeOK " + invariant + "\n", workers);
      Violation v = r.first();
      assertEquals(Violation.Kind.INVARIANT, v.kind(), () -> r.violations().toString());
      assertEquals(invariant, v.name());
      List<TraceStep> trace = v.trace();
      assertEquals(4, trace.size());
      TraceStep last = trace.get(3);
      for (int s = 0; s < 3; s++) {
        assertEquals(s == slot ? 3 : 0, valueOf(last, s), "slot " + s + " of the last state");
      }
    }
  }

  @Test
  void aConjunctOverUnchangedVariablesIsNotEvaluatedAgain() throws IOException {
    CompiledSpec spec = load("Steps", "SPECIFICATION Spec\nINVARIANT Fragile\n");
    Value[] state = {IntValue.of(1), IntValue.of(0), IntValue.of(0)};
    // 10 \div y fails for y = 0, but a step that changed only x cannot have changed it.
    assertTrue(spec.invariantHoldsAfterStep(0, state, States.slotBit(0)));
    assertThrows(EvalException.class, () -> spec.invariantHoldsAfterStep(0, state, States.slotBit(1)));
    assertThrows(EvalException.class, () -> spec.invariantHolds(0, state));
  }

  @Test
  void anInductiveInvariantHoldsInItsInitialStatesAndIsCheckedAfterSteps() throws IOException {
    String cfg = "CONSTANT Drop = FALSE\nSPECIFICATION ISpec\nINVARIANTS TypeOK Inv\nCHECK_DEADLOCK FALSE\n";
    CheckResult r = check("Inductive", cfg, 1);
    assertTrue(r.success(), () -> r.violations().toString());
    // The pairs a <= b in 0..2, all initial.
    assertEquals(6, r.stats().distinct());
    // Successors: (0,0) 1, (0,1) 2, (0,2) 1, (1,1) 1, (1,2) 1, (2,2) 0; plus the 6 initial states.
    assertEquals(12, r.stats().generated());
    assertEquals(1, r.stats().depth());

    Violation v = check("Inductive", cfg.replace("Drop = FALSE", "Drop = TRUE"), 1).first();
    assertEquals("Inv", v.name());
    // From an initial state a = b > 0, b - 1 breaks a <= b: the first such state is (1, 1).
    assertEquals(2, v.trace().size());
    assertEquals(1, valueOf(v.trace().get(1), 0));
    assertEquals(0, valueOf(v.trace().get(1), 1));
  }

  @Test
  void aConjunctTheInitialPredicateDoesNotAssertIsCheckedInTheInitialStates() throws IOException {
    String cfg = "CONSTANT Drop = FALSE\nSPECIFICATION ISpec\nINVARIANT SmallA\nCHECK_DEADLOCK FALSE\n";
    Violation v = check("Inductive", cfg, 1).first();
    assertEquals("SmallA", v.name());
    assertEquals(1, v.trace().size());
    assertEquals(2, valueOf(v.trace().get(0), 0));

    // The conjuncts of Inv are the initial predicate's own: not evaluated in an initial state.
    CompiledSpec spec = load("Inductive", cfg.replace("SmallA", "Inv"));
    Value[] notInitial = {IntValue.of(2), IntValue.of(0)};
    assertFalse(spec.invariantHolds(0, notInitial));
    assertTrue(spec.invariantHoldsInitially(0, notInitial));
  }

  @Test
  void aRecursiveDefinitionIsPureWhenTheRestOfItsBodyIs() throws IOException {
    CompiledSpec spec = load("Recursive", "SPECIFICATION Spec\nINVARIANT Fragile\n");
    Value[] state = {IntValue.of(1), IntValue.of(0)};
    // Down(2) > 0 reads only y (through two recursive calls): a step that changed only x
    // cannot have changed it, so it is not evaluated (it would divide by zero).
    assertTrue(spec.invariantHoldsAfterStep(0, state, States.slotBit(0)));
    assertThrows(EvalException.class, () -> spec.invariantHoldsAfterStep(0, state, States.slotBit(1)));

    // A recursive definition that prints is impure: its invariant is evaluated whole in each of
    // the 9 states (x, y in 0..2), as TLC evaluates it.
    CheckResult r = check("Recursive", "SPECIFICATION Spec\nINVARIANT Noisy\n", 1);
    assertTrue(r.success(), () -> r.violations().toString());
    assertEquals(9, r.stats().distinct());
    long prints = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"loud\"")).count();
    assertEquals(9, prints);
  }
}

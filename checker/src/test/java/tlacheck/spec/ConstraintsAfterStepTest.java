package tlacheck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tlacheck.eval.EvalException;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.run.SpecModels;
import tlacheck.value.IntValue;
import tlacheck.value.States;
import tlacheck.value.Value;

/**
 * A successor skips the state constraints that read only variables the step left alone: its
 * parent satisfied them (a state that does not is never expanded). That must change nothing
 * observable: the same states are pruned, and a constraint that prints prints for every
 * successor, as TLC evaluates it.
 */
class ConstraintsAfterStepTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private CompiledSpec load(String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/invariants/Steps.tla")) {
      Files.write(dir.resolve("Steps.tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve("Steps.cfg"), cfg);
    return SpecLoader.load(dir.resolve("Steps.tla"), dir.resolve("Steps.cfg"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private CheckResult check(String cfg) throws IOException {
    return Explorer.check(SpecModels.of(load(cfg)), SpecModels.options(false, false, 1), Explorer.Progress.NONE);
  }

  /** Each definition reads one counter by another route and is false when it reaches 3. */
  @ParameterizedTest
  @ValueSource(strings = {"ByArgument", "ByLet", "ByQuantifier", "ByFunction", "ByOperatorArgument",
      "ByDefinition", "ByTuple"})
  void aConstraintReadingTheChangedVariablePrunes(String constraint) throws IOException {
    CheckResult r = check("SPECIFICATION Spec\nCONSTRAINT " + constraint + "\nCHECK_DEADLOCK FALSE\n");
    assertTrue(r.success(), () -> r.violations().toString());
    // Two counters in 0..3, the constrained one in 0..2.
    assertEquals(4 * 4 * 3, r.stats().distinct());
    // The longest path steps the two free counters to 3 and the constrained one to 2.
    assertEquals(3 + 3 + 2 + 1, r.stats().depth());
  }

  @Test
  void aConstraintThatPrintsIsEvaluatedForEverySuccessor() throws IOException {
    CheckResult r = check("SPECIFICATION Spec\nCONSTRAINT Noisy\n");
    assertTrue(r.success(), () -> r.violations().toString());
    assertEquals(64, r.stats().distinct());
    // The initial state, and each of the 144 steps (48 states per counter below 3).
    long checks = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"checked\"")).count();
    assertEquals(145, checks);
  }

  @Test
  void aConstraintOverUnchangedVariablesIsNotEvaluated() throws IOException {
    CompiledSpec spec = load("SPECIFICATION Spec\nCONSTRAINT Fragile\n");
    Value zero = IntValue.of(0);
    Value one = IntValue.of(1);
    Value[] parent = {one, zero, zero};
    // Fragile reads x and y, and 10 \div y fails for y = 0; a step that changed only z cannot
    // have changed it.
    Value[] successor = {one, zero, IntValue.of(3)};
    assertTrue(spec.satisfiesConstraintsAfterStep(successor, States.changedSlots(parent, successor)));
    Value[] otherParent = {one, IntValue.of(5), zero};
    assertThrows(EvalException.class, () -> spec.satisfiesConstraintsAfterStep(parent, States.changedSlots(otherParent, parent)));
    assertThrows(EvalException.class, () -> spec.satisfiesConstraints(parent));
  }
}

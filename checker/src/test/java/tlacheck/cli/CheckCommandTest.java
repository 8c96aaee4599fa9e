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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tlacheck.json.Json;

/** The check command end to end: output text, exit codes, JSON, and how bad input is reported. */
class CheckCommandTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err, Map<String, Object> json) {}

  @SuppressWarnings("unchecked")
  private Run check(String spec, String cfg, String... extra) throws IOException {
    Path tla = dir.resolve("M.tla");
    Files.writeString(tla, spec);
    Files.writeString(dir.resolve("M.cfg"), cfg);
    Path json = dir.resolve("out.json");
    Files.deleteIfExists(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CheckCommand command = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] args = new String[3 + extra.length];
    args[0] = tla.toString();
    args[1] = "--json";
    args[2] = json.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    int exit = new CommandLine(command).execute(args);
    Map<String, Object> result = Files.exists(json) ? (Map<String, Object>) Json.parse(Files.readString(json)) : null;
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), result);
  }

  private static final String COUNTER = """
      ---- MODULE M ----
      EXTENDS Naturals
      CONSTANT Limit
      VARIABLES x, y
      Init == x = 0 /\\ y \\in {0, 1}
      Inc(d) == /\\ x + d <= Limit
                /\\ x' = x + d
                /\\ UNCHANGED y
      Next == \\E d \\in {1, 2} : Inc(d)
      Small == x < 3
      ====
      """;

  @Test
  void success_printsTlcStatistics() throws IOException {
    Run run = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\n", "--no-deadlock");
    // x ranges over 0..4 and y over {0,1}: 10 states; generated = 2 initial + successors:
    // for x in 0..2 two successors, x = 3 one, x = 4 none; times 2 values of y = 2 * (6 + 1) = 14.
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("16 states generated, 10 distinct states found, 0 states left on queue."), run.out());
    assertTrue(run.out().contains("The depth of the complete state graph search is 3."), run.out());
    assertEquals("success", run.json().get("result"));
    assertEquals(10L, run.json().get("distinctStates"));
    assertEquals(16L, run.json().get("totalStates"));
    assertEquals(3L, run.json().get("stateDepth"));
  }

  @Test
  void invariantViolation_printsShortestTraceWithActionParameters() throws IOException {
    Run run = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\nINVARIANT Small\n");
    assertEquals(12, run.exit());
    assertTrue(run.out().startsWith("Error: Invariant Small is violated.\nError: The behavior up to this point is:\n"), run.out());
    assertTrue(run.out().contains("State 1: <Initial predicate>\n/\\ x = 0\n/\\ y = 0\n"), run.out());
    assertTrue(run.out().contains("State 2: <Inc(d = 1) line 6, col 11 to line 8, col 24 of module M>"), run.out());
    assertTrue(run.out().contains("State 3: <Inc(d = 2)"), run.out());
    assertEquals("safety failure", run.json().get("result"));
    assertEquals(3L, run.json().get("traceLength"));
    assertEquals("Small", ((Map<?, ?>) run.json().get("violation")).get("name"));
  }

  @Test
  void deadlock_isReportedUnlessDisabled() throws IOException {
    Run run = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\n");
    assertEquals(11, run.exit());
    assertTrue(run.out().startsWith("Error: Deadlock reached."), run.out());
    assertEquals(3L, run.json().get("traceLength"));
    assertEquals(0, check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\n", "-deadlock").exit());
    assertEquals(0, check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n").exit());
  }

  @Test
  void allProperties_keepsEnumeratingTheSuccessorsOfAViolatingState() throws IOException {
    // From x = 0 the actions reach 1 (violates Inv), 2, and 0 (stuttering); from 1 and 2 only stuttering.
    // Whole graph: 3 distinct states; generated = 1 initial + 3 + 1 + 1 = 6; depth 2.
    String spec = "---- MODULE M ----\nVARIABLE x\nInit == x = 0\nA == x = 0 /\\ x' = 1\n"
        + "B == x = 0 /\\ x' = 2\nNext == A \\/ B \\/ UNCHANGED x\nInv == x # 1\n====\n";
    Run run = check(spec, "INIT Init\nNEXT Next\nINVARIANT Inv\n", "--all-properties");
    assertEquals(12, run.exit());
    assertTrue(run.out().contains("6 states generated, 3 distinct states found, 0 states left on queue."), run.out());
    assertEquals(2L, run.json().get("traceLength"));
  }

  @Test
  void diff_printsOnlyChangedVariables() throws IOException {
    Run run = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\nINVARIANT Small\n", "--diff");
    String afterFirst = run.out().substring(run.out().indexOf("State 2:"));
    assertFalse(afterFirst.contains("/\\ y ="), run.out());
    assertTrue(afterFirst.contains("/\\ x = 1"), run.out());
  }

  @Test
  void syntaxError_hasPositionSourceLineAndCaret() throws IOException {
    Run run = check("---- MODULE M ----\nVARIABLE x\nInit == x = (1 +\nNext == x' = x\n====\n", "INIT Init\nNEXT Next\n");
    assertEquals(150, run.exit());
    // "Next" is read as the missing operand; the parser stops at "==".
    assertTrue(run.err().contains("M.tla:4:6: expected ')' but found '=='"), run.err());
    assertTrue(run.err().contains("    Next == x' = x\n         ^^"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("error", run.json().get("result"));
  }

  @Test
  void unknownOperator_isASemanticError() throws IOException {
    Run run = check("---- MODULE M ----\nVARIABLE x\nInit == x = 1 + 1\nNext == x' = x\n====\n", "INIT Init\nNEXT Next\n");
    assertEquals(150, run.exit());
    assertTrue(run.err().contains("unknown operator '+' (it is defined in the standard module Naturals"), run.err());
  }

  /**
   * TLA+ forbids redeclaring a name in its scope (SANY: "Multiply-defined symbol"): a bound name,
   * parameter or LET definition may not reuse a variable, constant or definition declared before
   * it, nor a name bound around it. A name only declared later, a binder in a definition's own
   * body, and the same name in separate scopes are fine.
   */
  @Test
  void redeclaringANameInItsScope_isASemanticError() throws IOException {
    String head = "---- MODULE M ----\nEXTENDS Naturals\nCONSTANT N\nVARIABLE x\nInit == x = 0\nNext == x' = x\n";
    String[][] refused = {
        {"Inv == \\A x \\in 1..2 : x > 0\n", "M.tla:7:11: the name x is already declared on line 4;"},
        {"Inv == LET N == 1 IN N > 0\n", "M.tla:7:12: the name N is already declared on line 3;"},
        {"Inv == \\E y \\in 1..2 : \\E y \\in 1..3 : y > 0\n", "M.tla:7:27: the name y is already bound here"},
        {"Dbl(Init) == 2 * Init\nInv == Dbl(1) > 0\n", "M.tla:7:1: the name Init is already declared on line 5;"},
        {"Inv == [Next \\in 1..2 |-> 0] # <<>>\n", "M.tla:7:9: the name Next is already declared on line 6;"},
    };
    for (String[] c : refused) {
      Run run = check(head + c[0] + "====\n", "CONSTANT N = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\n");
      assertEquals(150, run.exit(), c[0] + run.err());
      assertTrue(run.err().contains(c[1]) && run.err().contains("TLA+ does not allow redeclaring it"), c[0] + run.err());
    }
    String accepted = head + "m == CHOOSE m \\in 1..2 : TRUE\n"
        + "Inv == /\\ \\E y \\in 1..2 : y > 0\n       /\\ \\A y \\in 1..2 : y > 0\n"
        + "       /\\ LET k == CHOOSE k \\in 1..2 : TRUE IN k > 0\n       /\\ \\E z \\in 1..2 : z = m\n"
        + "z == 3\n====\n";
    Run run = check(accepted, "CONSTANT N = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\n");
    assertEquals(0, run.exit(), run.err() + run.out());
  }

  @Test
  void configErrors_exit151AndNameTheKeyword() throws IOException {
    Run run = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\nSYMMETRY Sym\n");
    assertEquals(151, run.exit());
    assertTrue(run.err().contains("M.cfg:4:10: the symmetry set Sym is not defined in the spec"), run.err());
    Run unknown = check(COUNTER, "CONSTANT Limit = 4\nINIT Init\nNEXT Next\nBOGUS X\n");
    assertEquals(151, unknown.exit());
    assertTrue(unknown.err().contains("unknown keyword 'BOGUS'"), unknown.err());
    Run missing = check(COUNTER, "INIT Init\nNEXT Next\n");
    assertEquals(151, missing.exit());
    assertTrue(missing.err().contains("the constant Limit has no value"), missing.err());
  }

  /**
   * A configuration without INIT or SPECIFICATION checks only the assumptions, which suits a
   * module of constants; a spec with variables, or an invariant to check, needs the initial
   * predicate, as in TLC ("did not specify the initial state predicate").
   */
  @Test
  void noInitialPredicate_isAConfigErrorUnlessThereIsNothingButAssumptions() throws IOException {
    Run withVariables = check(COUNTER, "CONSTANT Limit = 4\n");
    assertEquals(151, withVariables.exit(), withVariables.out());
    assertTrue(withVariables.err().contains("M.cfg does not specify the initial predicate: give INIT and NEXT, "
        + "or a SPECIFICATION (the spec has variables)"), withVariables.err());
    String constants = "---- MODULE M ----\nEXTENDS Naturals\nCONSTANT N\nASSUME N > 1\nBig == N > 2\n====\n";
    Run withInvariant = check(constants, "CONSTANT N = 3\nINVARIANT Big\n");
    assertEquals(151, withInvariant.exit(), withInvariant.out());
    assertTrue(withInvariant.err().contains("M.cfg:2:11: M.cfg does not specify the initial predicate"), withInvariant.err());
    Run assumptionsOnly = check(constants, "CONSTANT N = 3\n");
    assertEquals(0, assumptionsOnly.exit(), assumptionsOnly.err());
    Run falseAssumption = check(constants, "CONSTANT N = 1\n");
    assertEquals(10, falseAssumption.exit(), falseAssumption.err());
  }

  @Test
  void evaluationError_namesLocationAndPrintsTrace() throws IOException {
    String spec = "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = <<1, 2>>[x + 1]\n====\n";
    Run run = check(spec, "INIT Init\nNEXT Next\n");
    assertEquals(75, run.exit());
    assertTrue(run.out().contains("M.tla:5:14: the sequence <<1, 2>> of length 2 is applied to 3"), run.out());
    assertTrue(run.out().contains("State 3:"), run.out());
    assertEquals("error", run.json().get("result"));
  }

  @Test
  void assertFailure_exits14() throws IOException {
    String spec = "---- MODULE M ----\nEXTENDS Naturals, TLC\nVARIABLE x\nInit == x = 0\n"
        + "Next == /\\ Assert(x < 2, \"x got too big\")\n        /\\ x' = x + 1\n====\n";
    Run run = check(spec, "INIT Init\nNEXT Next\n");
    assertEquals(14, run.exit());
    assertTrue(run.out().contains("x got too big"), run.out());
    assertEquals("assert", ((Map<?, ?>) run.json().get("violation")).get("kind"));
  }

  @Test
  void unassignedVariable_isAnError() throws IOException {
    String spec = "---- MODULE M ----\nVARIABLES x, y\nInit == x = 0 /\\ y = 0\nNext == x' = 1\n====\n";
    Run run = check(spec, "INIT Init\nNEXT Next\n");
    assertEquals(75, run.exit());
    // TLC 2.18: "Successor state is not completely specified by the next-state action. The
    // following variable is not assigned: y.", the trace ending with the successor, y = null.
    assertTrue(run.out().contains("The following variable is not assigned: y."), run.out());
    assertTrue(run.out().contains("/\\ y = null"), run.out());
  }

  @Test
  void falseAssumption_exits10() throws IOException {
    Run run = check("---- MODULE M ----\nEXTENDS Naturals\nCONSTANT N\nASSUME N > 3\n====\n", "CONSTANT N = 2\n");
    assertEquals(10, run.exit());
    assertEquals("assumption failure", run.json().get("result"));
  }

  @Test
  void specificationFormula_andModelValues() throws IOException {
    String spec = """
        ---- MODULE M ----
        CONSTANT Procs
        VARIABLE owner
        Init == owner = CHOOSE p \\in Procs : TRUE
        Pass(p) == owner' = p
        Next == \\E p \\in Procs \\ {owner} : Pass(p)
        Spec == Init /\\ [][Next]_owner /\\ \\A p \\in Procs : WF_owner(Pass(p))
        ====
        """;
    Run run = check(spec, "CONSTANT Procs = {a, b, c}\nSPECIFICATION Spec\n");
    assertEquals(0, run.exit(), run.err() + run.out());
    assertEquals(3L, run.json().get("distinctStates"));
    assertEquals(1L + 3 * 2, run.json().get("totalStates"));
  }

  @Test
  void temporalProperties_searchOnOneWorkerThatRecordsTheGraph() throws IOException {
    // A token passed round three processes; without fairness for c it may stop at c forever, so
    // "always eventually at a" fails by stuttering at c after a -> b -> c (the only way there).
    String spec = """
        ---- MODULE M ----
        VARIABLE owner
        Init == owner = "a"
        Next == owner' = CASE owner = "a" -> "b" [] owner = "b" -> "c" [] owner = "c" -> "a"
        Spec == Init /\\ [][Next]_owner /\\ WF_owner(owner \\in {"a", "b"} /\\ Next)
        BackToA == []<>(owner = "a")
        ====
        """;
    String cfg = "SPECIFICATION Spec\nPROPERTY BackToA\n";
    Run one = check(spec, cfg);
    Run two = check(spec, cfg, "--workers", "2");
    for (Run run : new Run[] {one, two}) {
      assertEquals(13, run.exit(), run.err() + run.out());
      assertEquals(3L, run.json().get("distinctStates"));
      assertTrue(run.out().contains("Temporal property BackToA was violated"), run.out());
      assertTrue(run.out().contains("State 4: Stuttering"), run.out());
    }
    assertEquals(one.out().replaceAll("\\d+ms|[0-9.]+s", ""), two.out().replaceAll("\\d+ms|[0-9.]+s", ""));
    assertFalse(one.err().contains("Note: with temporal properties"), one.err());
    assertTrue(two.err().contains("Note: with temporal properties the search runs on 1 worker"), two.err());
  }

  /**
   * A recursive function is a value made lazily, in the context where it was defined: in Init,
   * the initial state being assigned. With a VIEW only the view is fingerprinted, so the function
   * in f used to stay unlisted until the enumeration had moved on, and reading x then failed.
   */
  @Test
  void aRecursiveFunctionInAStateIsListedWhenItIsMade_evenUnderAView() throws IOException {
    String spec = """
        ---- MODULE M ----
        EXTENDS Naturals
        VARIABLES x, f
        Twice[n \\in 0..3] == IF n = 0 THEN x ELSE Twice[n - 1] + 2
        Init == x \\in {0, 1} /\\ f = Twice
        Next == x' = (x + 1) % 3 /\\ f' = Twice
        View == x
        MadeWithTheRightX == f[3] = x + 6 \\/ f[3] = ((x + 2) % 3) + 6
        ====
        """;
    // Init gives x = 0 and x = 1; Next gives x = 2 from x = 1, then nothing new by the view:
    // 3 distinct states; generated: 2 initial + one successor of each of the 3.
    for (String workers : new String[] {"1", "2"}) {
      Run run = check(spec, "INIT Init\nNEXT Next\nINVARIANT MadeWithTheRightX\nVIEW View\n", "--workers", workers);
      assertEquals(0, run.exit(), run.err() + run.out());
      assertEquals(3L, run.json().get("distinctStates"));
      assertEquals(5L, run.json().get("totalStates"));
      assertEquals(2L, run.json().get("stateDepth"));
    }
  }

  @Test
  void aStateHoldingAFunctionOverNat_isAnEvaluationErrorWithItsTrace() throws IOException {
    String spec = """
        ---- MODULE M ----
        EXTENDS Naturals
        VARIABLES x, f
        g[n \\in Nat] == n + x
        Init == x = 0 /\\ f = 0
        Next == x' = x + 1 /\\ f' = IF x = 1 THEN g ELSE f
        View == x
        ====
        """;
    for (String cfg : new String[] {"INIT Init\nNEXT Next\n", "INIT Init\nNEXT Next\nVIEW View\n"}) {
      Run run = check(spec, cfg);
      assertEquals(75, run.exit(), run.err() + run.out());
      assertTrue(run.out().startsWith("Error: the value of f cannot be fingerprinted: the function defined at "), run.out());
      assertTrue(run.out().contains("M.tla:4:1 has the infinite domain Nat and cannot be listed\n"), run.out());
      assertTrue(run.out().contains("State 2: <Next line 6, col 9 to line 6, col 49 of module M>\n/\\ x = 1\n/\\ f = 0\n"),
          run.out());
      assertFalse(run.err().contains("internal error"), run.err());
    }
  }

  @Test
  void printingAFunctionOverNat_isAnEvaluationErrorAtThePrint() throws IOException {
    String spec = "---- MODULE M ----\nEXTENDS Naturals, TLC\nVARIABLE x\nInit == x = 0\nNext == x' = x\n"
        + "Shown == PrintT([n \\in Nat |-> n])\n====\n";
    Run run = check(spec, "INIT Init\nNEXT Next\nINVARIANT Shown\n");
    assertEquals(75, run.exit(), run.err() + run.out());
    assertTrue(run.out().contains("M.tla:6:10: the function defined at "), run.out());
    assertTrue(run.out().contains("PrintT([n \\in Nat |-> n])\n             ^^^^^^^^^^^^^^^^^^^^^^^^^\n"), run.out());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  /**
   * Where a function over Nat must be listed outside an expression that reports it with its
   * location (sorted into a set, as an Assert message, in an ALIAS), it is an evaluation error
   * all the same, never an internal error.
   */
  @Test
  void aFunctionOverNatListedAnywhere_isAnEvaluationError() throws IOException {
    String head = "---- MODULE M ----\nEXTENDS Naturals, TLC\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % 3\n"
        + "F == [n \\in Nat |-> n]\n";
    String[][] cases = {
        {"Inv == {F, [n \\in Nat |-> n + 1]} # {}\n", "INVARIANT Inv\n"},
        {"Inv == Assert(x < 1, F)\n", "INVARIANT Inv\n"},
        {"Inv == x < 1\nAl == [f |-> F]\n", "INVARIANT Inv\nALIAS Al\n"},
    };
    for (String[] c : cases) {
      Run run = check(head + c[0] + "====\n", "INIT Init\nNEXT Next\n" + c[1]);
      assertEquals(75, run.exit(), c[0] + run.err() + run.out());
      assertTrue((run.out() + run.err()).contains("M.tla:6:6 has the infinite domain Nat and cannot be listed"),
          c[0] + run.err() + run.out());
      assertFalse(run.err().contains("internal error"), run.err());
    }
  }
}

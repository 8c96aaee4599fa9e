package tlacheck.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tlacheck.source.SourceFile;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * Syntax that SANY (TLC 2.18) accepts, read the way SANY reads it; the end-to-end answers are
 * pinned in the golden specs under {@code resources/lang} (Labels, Tabs, AsciiSynonyms, Unicode,
 * UserOperators, FieldsAndSubscripts, ModulesInOneFile).
 */
class SanySyntaxTest {
  private static Module parseFile(String text) {
    return Parser.parse(new SourceFile("T.tla", text));
  }

  private static Module parse(String body) {
    return parseFile("---- MODULE T ----\n" + body + "\n====\n");
  }

  private static Expr definition(String body, String name) {
    for (Unit unit : parse(body).units()) {
      if (unit instanceof Unit.OpDef d && d.name().equals(name)) {
        return d.body();
      }
    }
    throw new AssertionError("no definition " + name);
  }

  private static List<Token> tokens(String body) {
    return new Lexer(new SourceFile("T.tla", "---- MODULE T ----\n" + body + "\n====\n")).tokens();
  }

  private static String error(String body) {
    return assertThrows(TlaError.class, () -> parse(body)).render();
  }

  @Test
  void labels_coverWhatTheirPlaceWouldCoverAndKeepTheirParameters() {
    Expr.And and = assertInstanceOf(Expr.And.class, definition("A == /\\ P0:: x = 1\n     /\\ y", "A"));
    Expr.Label p0 = assertInstanceOf(Expr.Label.class, and.items().get(0));
    assertEquals("P0", p0.name());
    assertEquals("=", ((Expr.Apply) p0.body()).name());
    // 1 + L:: 2 * 3 labels 2 * 3 only, the right operand of +.
    Expr.Apply plus = assertInstanceOf(Expr.Apply.class, definition("A == 1 + L:: 2 * 3", "A"));
    assertEquals("+", plus.name());
    assertEquals("*", ((Expr.Apply) assertInstanceOf(Expr.Label.class, plus.args().get(1)).body()).name());
    Expr.Quantifier q = assertInstanceOf(Expr.Quantifier.class, definition("A == \\A y \\in S : R(y):: y > 0", "A"));
    assertEquals(List.of("y"), assertInstanceOf(Expr.Label.class, q.body()).params());
  }

  @Test
  void selectors_readAnglesAsPositionsAndBoundBodies() {
    Expr.InstanceRef ref = assertInstanceOf(Expr.InstanceRef.class, definition("A == Def!<<!>>!P0(2)", "A"));
    assertEquals(List.of("Def", "1", "2", "P0"), ref.steps().stream().map(Expr.RefStep::name).toList());
    assertEquals(1, ref.steps().get(3).args().size());
    Expr.InstanceRef bound = assertInstanceOf(Expr.InstanceRef.class, definition("A == Def!(1, 2)!@", "A"));
    assertEquals(List.of("Def", Expr.RefStep.BOUND_BODY, Expr.RefStep.BOUND_OPERATOR),
        bound.steps().stream().map(Expr.RefStep::name).toList());
    assertEquals(2, bound.steps().get(1).args().size());
  }

  @Test
  void tabs_advanceToTheNextColumnOfTheFormEightKPlusOne() {
    List<Token> tokens = tokens("A ==\t/\\ x\n  \t/\\ y\n\t x");
    List<Integer> columns = tokens.stream().filter(t -> t.is("/\\") || t.text().equals("x"))
        .map(Token::column).toList();
    assertEquals(List.of(9, 12, 9, 10), columns);
    // SANY: "\t 1" (column 10) continues the item of a bullet in column 9, "\t1" (column 9) does not.
    assertInstanceOf(Expr.And.class, definition("A ==\t/\\ x =\n\t 1", "A"));
    assertThrows(TlaError.class, () -> parse("A ==\t/\\ x =\n\t1"));
  }

  @Test
  void synonyms_foldToOneSpelling() {
    List<String> texts = tokens("A == \\forall \\exists (+) \\oplus ⊕ (\\X) ⊗ \\leq =< ≤ \\circ ∘ ≜ ⟨ ⟩_ ∷ \\lnot ¬")
        .stream().map(Token::text).toList();
    texts = texts.subList(4, texts.size() - 2); // without the module header and ending
    assertEquals(List.of("A", "==", "\\A", "\\E", "\\oplus", "\\oplus", "\\oplus", "\\otimes", "\\otimes", "<=", "<=",
        "<=", "\\o", "\\o", "==", "<<", ">>_", "::", "~", "~"), texts);
  }

  @Test
  void numbers_inBinaryOctalAndHexadecimalOfAnyCase() {
    List<String> numbers = tokens("A == \\b1010 \\B11 \\o17 \\O17 \\hFF \\Hff \\b" + "1".repeat(80)).stream()
        .filter(t -> t.kind() == Token.Kind.NUMBER).map(Token::text).toList();
    assertEquals(List.of("10", "3", "15", "15", "255", "255", "1208925819614629174706175"), numbers);
  }

  @Test
  void identifiers_areAsciiAndMayStartWithUnderscore() {
    assertEquals("_Sys", ((Expr.Apply) definition("A == _Sys", "A")).name());
    assertTrue(error("A == x_é").contains("unexpected character 'é'"));
  }

  @Test
  void userDefinableOperators_haveTheirPrecedence() {
    // !! is 9-13: looser than ^^ (14), tighter than = (5).
    Expr.Apply eq = assertInstanceOf(Expr.Apply.class, definition("a !! b == a\nA == 1 !! 2 ^^ 3 = 4", "A"));
    Expr.Apply bang = (Expr.Apply) eq.args().get(0);
    assertEquals("!!", bang.name());
    assertEquals("^^", ((Expr.Apply) bang.args().get(1)).name());
    Expr.Apply neg = assertInstanceOf(Expr.Apply.class, definition("A == -2 ^+", "A"));
    assertEquals("-.", neg.name());
    assertEquals("^+", ((Expr.Apply) neg.args().get(0)).name());
  }

  @Test
  void operatorsAsArguments_builtInOnesAreLambdasOthersNames() {
    Expr.Apply call = assertInstanceOf(Expr.Apply.class, definition("A == F(SUBSET, /\\, +, ', -., ~)", "A"));
    Expr.Lambda subset = assertInstanceOf(Expr.Lambda.class, call.args().get(0));
    assertEquals("SUBSET", ((Expr.Apply) subset.body()).name());
    assertInstanceOf(Expr.And.class, assertInstanceOf(Expr.Lambda.class, call.args().get(1)).body());
    assertEquals("+", ((Expr.Apply) call.args().get(2)).name());
    assertInstanceOf(Expr.Prime.class, ((Expr.Lambda) call.args().get(3)).body());
    assertEquals("-.", ((Expr.Apply) call.args().get(4)).name());
    assertInstanceOf(Expr.Lambda.class, call.args().get(5));
    Expr.Apply prefixForm = assertInstanceOf(Expr.Apply.class, definition("A == +(4, 6)", "A"));
    assertEquals(2, prefixForm.args().size());
    Unit.OpDef op = (Unit.OpDef) parse("F(_ ++ _, -. _, G(_)) == 1").units().get(0);
    assertEquals(List.of(new Unit.Param("++", 2), new Unit.Param("-.", 1), new Unit.Param("G", 1)), op.params());
  }

  @Test
  void fieldNames_mayBeKeywordsWhereSanyAllowsThem() {
    assertEquals("NEW", assertInstanceOf(Expr.Field.class, definition("A == r.NEW", "A")).field());
    assertEquals(List.of("SF_", "a"), assertInstanceOf(Expr.RecordCtor.class,
        definition("A == [SF_ |-> 1, a |-> 2]", "A")).fields());
    assertInstanceOf(Expr.Except.class, definition("A == [r EXCEPT !.IF = 1]", "A"));
    // SANY: only the first field of a record may be a keyword.
    assertThrows(TlaError.class, () -> parse("A == [a |-> 1, NEW |-> 2]"));
  }

  @Test
  void subscripts_mayNameADefinitionOfAnInstance() {
    Expr.Always always = assertInstanceOf(Expr.Always.class, definition("A == [][N]__Sys!vars", "A"));
    Expr.ActionBox box = assertInstanceOf(Expr.ActionBox.class, always.inner());
    assertEquals(2, assertInstanceOf(Expr.InstanceRef.class, box.subscript()).steps().size());
    Expr.Fairness wf = assertInstanceOf(Expr.Fairness.class, definition("A == WF_I!vars(N)", "A"));
    assertInstanceOf(Expr.InstanceRef.class, wf.subscript());
    assertEquals("N", ((Expr.Apply) wf.action()).name());
    Expr.ActionBox empty = assertInstanceOf(Expr.ActionBox.class,
        assertInstanceOf(Expr.Always.class, definition("A == [][N]_<<>>", "A")).inner());
    assertEquals(0, assertInstanceOf(Expr.Tuple.class, empty.subscript()).elements().size());
    assertInstanceOf(Expr.Tuple.class, assertInstanceOf(Expr.Fairness.class,
        definition("A == WF_<<x, y>>(N)", "A")).subscript());
  }

  @Test
  void modules_nestedOnesAreUnitsLaterOnesAreKeptAndConfigBlocksSkipped() {
    Module m = parseFile("---- MODULE T ----\nA == 1\n---- MODULE Inner ----\nB == A\n====\nC == 2\n====\n"
        + "---- CONFIG T ----\nINIT Init\n====\nprose\n---- MODULE Later ----\nD == 3\n====\ntrailing");
    assertEquals("Inner", assertInstanceOf(Unit.Submodule.class, m.units().get(1)).module().name());
    assertEquals(3, m.units().size());
    assertEquals(List.of("Later"), m.laterModules().stream().map(Module::name).toList());
  }
}

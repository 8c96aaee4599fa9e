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

class ParserTest {
  private static Module parse(String body) {
    return Parser.parse(new SourceFile("T.tla", "---- MODULE T ----\n" + body + "\n====\n"));
  }

  private static Expr definition(String body, String name) {
    for (Unit unit : parse(body).units()) {
      if (unit instanceof Unit.OpDef d && d.name().equals(name)) {
        return d.body();
      }
    }
    throw new AssertionError("no definition " + name);
  }

  @Test
  void lexer_foldsSynonymsAndRecordsColumns() {
    List<Token> tokens = new Lexer(new SourceFile("T.tla", "---- MODULE T ----\nA == x \\land y # z \\* c\n====")).tokens();
    assertTrue(tokens.stream().anyMatch(t -> t.is("/\\")), "\\land is folded to /\\");
    assertTrue(tokens.stream().anyMatch(t -> t.is("/=")), "# is folded to /=");
    Token a = tokens.stream().filter(t -> t.text().equals("A")).findFirst().orElseThrow();
    assertEquals(1, a.column());
    assertEquals(2, a.line());
  }

  @Test
  void lexer_skipsNestedBlockComments() {
    Module m = parse("(* outer (* inner *) still comment *)\nA == 1");
    assertEquals(1, m.units().size());
  }

  @Test
  void bulletedList_endsAtTokenLeftOfTheBullet() {
    Expr e = definition("A == /\\ x = 1\n     /\\ \\/ y = 2\n        \\/ y = 3\n     /\\ z = 4\nB == 5", "A");
    Expr.And and = assertInstanceOf(Expr.And.class, e);
    assertEquals(3, and.items().size());
    Expr.Or or = assertInstanceOf(Expr.Or.class, and.items().get(1));
    assertEquals(2, or.items().size());
  }

  @Test
  void bulletedList_innerListClosesWhenOuterBulletAppears() {
    Expr e = definition("A == \\/ /\\ a\n        /\\ b\n     \\/ c", "A");
    Expr.Or or = assertInstanceOf(Expr.Or.class, e);
    assertEquals(2, or.items().size());
    assertEquals(2, assertInstanceOf(Expr.And.class, or.items().get(0)).items().size());
  }

  @Test
  void precedence_arithmeticAndLogic() {
    Expr e = definition("A == a + b * c = d /\\ ~e => f", "A");
    Expr.Apply implies = assertInstanceOf(Expr.Apply.class, e);
    assertEquals("=>", implies.name());
    Expr.And and = assertInstanceOf(Expr.And.class, implies.args().get(0));
    Expr.Apply eq = assertInstanceOf(Expr.Apply.class, and.items().get(0));
    assertEquals("=", eq.name());
    Expr.Apply plus = assertInstanceOf(Expr.Apply.class, eq.args().get(0));
    assertEquals("+", plus.name());
    assertEquals("*", assertInstanceOf(Expr.Apply.class, plus.args().get(1)).name());
    assertEquals("~", assertInstanceOf(Expr.Apply.class, and.items().get(1)).name());
  }

  @Test
  void precedence_unaryMinusAndCartesianProduct() {
    Expr minus = definition("A == -a^2", "A");
    assertEquals("-.", ((Expr.Apply) minus).name());
    Expr product = definition("A == S \\X T \\X U", "A");
    assertEquals(3, ((Expr.Apply) product).args().size());
  }

  @Test
  void brackets_distinguishFunctionsRecordsSetsAndExcept() {
    assertInstanceOf(Expr.FcnCtor.class, definition("A == [x \\in S |-> x]", "A"));
    assertInstanceOf(Expr.FcnCtor.class, definition("A == [x, y \\in S |-> x]", "A"));
    assertInstanceOf(Expr.RecordCtor.class, definition("A == [a |-> 1, b |-> 2]", "A"));
    assertInstanceOf(Expr.RecordSet.class, definition("A == [a : S]", "A"));
    assertInstanceOf(Expr.FcnSet.class, definition("A == [S -> T]", "A"));
    Expr.Except ex = assertInstanceOf(Expr.Except.class, definition("A == [f EXCEPT ![1][2] = @ + 1, !.g = 3]", "A"));
    assertEquals(2, ex.clauses().size());
    assertEquals(2, ex.clauses().get(0).path().size());
    assertInstanceOf(Expr.ActionBox.class, definition("A == [][Next]_vars", "A") instanceof Expr.Always al ? al.inner() : null);
  }

  @Test
  void sets_filterMapAndEnumeration() {
    assertInstanceOf(Expr.SetFilter.class, definition("A == {x \\in S : x > 1}", "A"));
    assertInstanceOf(Expr.SetFilter.class, definition("A == {<<x, y>> \\in S : x > y}", "A"));
    assertInstanceOf(Expr.SetMap.class, definition("A == {x + y : x \\in S, y \\in T}", "A"));
    assertEquals(3, assertInstanceOf(Expr.SetEnum.class, definition("A == {1, 2, 3}", "A")).elements().size());
  }

  @Test
  void syntaxErrors_areAllReportedWithPositions() {
    TlaError error = assertThrows(TlaError.class, () -> parse("A == (1 +\nB == 2\nC == ]\nD == 3"));
    assertInstanceOf(TlaError.Multiple.class, error);
    String text = error.render();
    assertTrue(text.contains("T.tla:3:"), text);
    assertTrue(text.contains("T.tla:4:6"), text);
    assertTrue(text.contains("^"), text);
  }

  @Test
  void theoremsAndProofs_areSkipped() {
    Module m = parse("THEOREM T1 == 1 = 1\n<1>1. TRUE\n  OBVIOUS\n<1>2. QED\nA == 1");
    assertTrue(m.units().stream().anyMatch(u -> u instanceof Unit.OpDef d && d.name().equals("A")));
    assertTrue(m.units().stream().anyMatch(u -> u instanceof Unit.OpDef d && d.name().equals("T1")));
  }
}

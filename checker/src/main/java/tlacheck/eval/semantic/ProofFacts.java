package tlacheck.eval.semantic;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import tlacheck.eval.ModuleScope;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * What SANY checks in a top-level {@code USE} or {@code HIDE} (proofs are otherwise ignored), as
 * measured with SANY 2.2 of TLC 2.18, whose messages these are: a fact that is a name must name
 * something, applied to as many arguments as it takes; a HIDE hides only theorems and
 * assumptions; a DEF clause names defined operators, not variables or constants; {@code MODULE M}
 * names a module read with the spec. A statement left with nothing valid is also "empty".
 */
final class ProofFacts {
  private static final List<String> THEOREM_KEYWORDS = List.of("THEOREM", "LEMMA", "PROPOSITION", "COROLLARY",
      "ASSUME", "ASSUMPTION", "AXIOM");

  private final BiConsumer<Span, String> report;
  private final Predicate<String> moduleRead;

  ProofFacts(BiConsumer<Span, String> report, Predicate<String> moduleRead) {
    this.report = report;
    this.moduleRead = moduleRead;
  }

  void check(Unit.UseOrHide statement, ModuleScope scope) {
    int valid = statement.facts().size(); // an invalid fact is reported, but leaves the statement not empty
    for (Expr fact : statement.facts()) {
      fact(fact, statement.hide(), scope);
    }
    for (String module : statement.modules()) {
      if (moduleRead.test(module)) {
        valid++;
      } else {
        report.accept(statement.span(), "Module `" + module + "' used without being extended or instantiated");
      }
    }
    for (Unit.DefName def : statement.definitions()) {
      ModuleScope.Symbol symbol = scope.visible.get(def.name());
      if (symbol == null && isIdentifier(def.name()) && !BUILT_IN_NAMES.contains(def.name())) {
        report.accept(def.span(), "Unknown operator: `" + def.name() + "'");
      } else if (symbol instanceof ModuleScope.VariableSymbol || symbol instanceof ModuleScope.ConstantSymbol
          || symbol instanceof ModuleScope.SubstitutionSymbol) {
        report.accept(def.span(), "DEF clause entry should describe a defined operator: " + def.name()
            + " is a " + (symbol instanceof ModuleScope.VariableSymbol ? "VARIABLE" : "CONSTANT"));
      } else {
        valid++;
      }
    }
    if (valid == 0) {
      report.accept(statement.span(), "Empty USE or HIDE statement: nothing in it names a fact or a definition");
    }
  }

  /** Whether the fact is valid; reports why not. */
  private boolean fact(Expr fact, boolean hide, ModuleScope scope) {
    if (!(fact instanceof Expr.Apply a)) {
      if (hide) {
        hideOnlyNames(fact.span());
        return false;
      }
      return true; // an expression as a fact of USE
    }
    ModuleScope.Symbol symbol = scope.visible.get(a.name());
    if (symbol == null && isIdentifier(a.name()) && !BUILT_IN_NAMES.contains(a.name())) {
      report.accept(a.span(), "Unknown operator: `" + a.name() + "'");
      return false;
    }
    boolean ok = true;
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().source instanceof Unit.OpDef def
        && def.params().size() != a.args().size()) {
      report.accept(a.span(), "The operator " + a.name() + " requires " + def.params().size() + " arguments");
      ok = false;
    }
    if (hide && !(a.args().isEmpty() && symbol instanceof ModuleScope.DefinitionSymbol d && isTheorem(d))) {
      hideOnlyNames(a.span());
      ok = false;
    }
    return ok;
  }

  /** Names of TLA+ itself that no module defines. */
  private static final List<String> BUILT_IN_NAMES = List.of("BOOLEAN", "STRING", "SUBSET", "UNION", "DOMAIN");

  private static boolean isIdentifier(String name) {
    return !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
  }

  private void hideOnlyNames(Span span) {
    report.accept(span, "The only expression allowed as a fact in a HIDE is the name of a theorem, assumption,"
        + " or step");
  }

  /** A named THEOREM, LEMMA, ... or ASSUME: its definition is written from that keyword on. */
  private static boolean isTheorem(ModuleScope.DefinitionSymbol d) {
    Span span = d.op().span;
    String text = span.file().text();
    for (String keyword : THEOREM_KEYWORDS) {
      if (text.startsWith(keyword, span.start())) {
        return true;
      }
    }
    return false;
  }
}

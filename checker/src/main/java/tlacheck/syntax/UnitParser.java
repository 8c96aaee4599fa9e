package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * Reads the units of a module (and of a LET): declarations, definitions of every form, INSTANCE,
 * ASSUME, and theorems and proofs, which are skipped.
 */
final class UnitParser {
  private final TokenCursor in;
  private final ExpressionParser expressions;

  UnitParser(TokenCursor in) {
    this.in = in;
    this.expressions = new ExpressionParser(in, this);
  }

  static boolean isUnitKeyword(Token t) {
    if (t.kind() != Token.Kind.KEYWORD) {
      return false;
    }
    switch (t.text()) {
      case "CONSTANT": case "CONSTANTS": case "VARIABLE": case "VARIABLES": case "ASSUME":
      case "ASSUMPTION": case "AXIOM": case "THEOREM": case "LEMMA": case "PROPOSITION":
      case "COROLLARY": case "LOCAL": case "INSTANCE": case "RECURSIVE": case "USE": case "HIDE":
        return true;
      default:
        return false;
    }
  }

  /** Reads one unit of a module and adds what it declares or defines to {@code units}. */
  void unit(List<Unit> units) {
    Token t = in.peek();
    if (t.kind() == Token.Kind.KEYWORD) {
      switch (t.text()) {
        case "CONSTANT": case "CONSTANTS": {
          in.advance();
          units.add(new Unit.Constants(declaredParams(), in.spanFrom(t)));
          return;
        }
        case "VARIABLE": case "VARIABLES": {
          in.advance();
          List<String> names = new ArrayList<>();
          do {
            names.add(in.expectIdentifier("variable name").text());
          } while (in.match(","));
          units.add(new Unit.Variables(names, in.spanFrom(t)));
          return;
        }
        case "ASSUME": case "ASSUMPTION": case "AXIOM": {
          in.advance();
          String name = null;
          if (in.peek().kind() == Token.Kind.IDENT && in.peekAhead(1).is("==")) {
            name = in.advance().text();
            in.advance();
          }
          Expr body = expressions.expression();
          units.add(new Unit.Assume(name, body, in.spanFrom(t)));
          return;
        }
        case "THEOREM": case "LEMMA": case "PROPOSITION": case "COROLLARY": case "USE": case "HIDE":
          theorem(units, t);
          return;
        case "LOCAL": {
          in.advance();
          if (in.check("INSTANCE")) {
            units.add(instance(null, List.of(), true, t));
          } else {
            definition(units, true);
          }
          return;
        }
        case "INSTANCE":
          units.add(instance(null, List.of(), false, t));
          return;
        case "PROOF": case "BY": case "OBVIOUS": case "OMITTED": case "QED":
          in.advance();
          skipToNextUnit();
          units.add(new Unit.Ignored("proof", in.spanFrom(t)));
          return;
        case "RECURSIVE":
          units.add(recursive());
          return;
        default:
          break;
      }
    }
    if (t.kind() == Token.Kind.SYMBOL && t.text().startsWith("<") && in.peekAhead(1).kind() == Token.Kind.NUMBER) {
      // A stray proof step such as <1>2. outside a THEOREM: skip it.
      skipToNextUnit();
      units.add(new Unit.Ignored("proof", in.spanFrom(t)));
      return;
    }
    definition(units, false);
  }

  /** {@code RECURSIVE F(_), G}: a forward declaration, at module level or in a LET. */
  Unit.Recursive recursive() {
    Token start = in.expect("RECURSIVE", "RECURSIVE");
    return new Unit.Recursive(declaredParams(), in.spanFrom(start));
  }

  private List<Unit.Param> declaredParams() {
    List<Unit.Param> names = new ArrayList<>();
    do {
      names.add(declaredParam());
    } while (in.match(","));
    return names;
  }

  private void theorem(List<Unit> units, Token t) {
    in.advance();
    if (in.peek().kind() == Token.Kind.IDENT && in.peekAhead(1).is("==")) {
      // A named theorem defines its name as the formula, if it is one (not ASSUME ... PROVE).
      Token name = in.advance();
      in.advance();
      int save = in.position();
      int errorCount = in.errors.size();
      try {
        Expr body = expressions.expression();
        units.add(new Unit.OpDef(name.text(), List.of(), body, false, in.spanFrom(t)));
        skipToNextUnit();
        return;
      } catch (TokenCursor.ParseError e) {
        in.dropErrorsAfter(errorCount);
      }
      in.reset(save);
    }
    skipToNextUnit();
    units.add(new Unit.Ignored(t.text(), in.spanFrom(t)));
  }

  /** Skips a theorem and its proof: everything up to the next token in column 1 that starts a unit. */
  private void skipToNextUnit() {
    while (true) {
      Token t = in.at(in.position());
      if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.END_MODULE || t.kind() == Token.Kind.SEPARATOR) {
        return;
      }
      if (t.column() == 1 && (t.kind() == Token.Kind.IDENT || isUnitKeyword(t)) && in.position() > 0) {
        return;
      }
      in.advance();
    }
  }

  /** {@code C}, {@code F(_, _)}, {@code _ + _}, {@code -. _} in CONSTANT and RECURSIVE lists and as parameters. */
  private Unit.Param declaredParam() {
    Token t = in.peek();
    if (t.is("_")) {
      in.advance();
      Token op = in.advance();
      if (in.check("_")) {
        in.advance();
        return new Unit.Param(op.text(), 2);
      }
      return new Unit.Param(op.text(), 1);
    }
    if (t.kind() == Token.Kind.SYMBOL && in.peekAhead(1).is("_")) {
      Token op = in.advance();
      in.advance();
      return new Unit.Param(op.text().equals("-") ? "-." : op.text(), 1);
    }
    String name = in.expectIdentifier("a name").text();
    int arity = 0;
    if (in.match("(")) {
      do {
        in.expect("_", "'_' in an operator parameter");
        arity++;
      } while (in.match(","));
      in.expect(")", "')'");
    }
    return new Unit.Param(name, arity);
  }

  /** A definition of any form: {@code F(p) == e}, {@code f[x \in S] == e}, {@code a ++ b == e}, {@code N == INSTANCE M}. */
  void definition(List<Unit> units, boolean local) {
    Token start = in.peek();
    // Prefix operator definition: -. a == e, or ~ a == e.
    if (start.kind() == Token.Kind.SYMBOL && in.peekAhead(1).kind() == Token.Kind.IDENT && in.peekAhead(2).is("==")) {
      Token op = in.advance();
      String param = in.advance().text();
      in.advance();
      String name = op.text().equals("-") ? "-." : op.text();
      units.add(new Unit.OpDef(name, List.of(new Unit.Param(param, 0)), expressions.expression(), local,
          in.spanFrom(start)));
      return;
    }
    Token nameToken = in.expectIdentifier("a definition");
    // Infix definition: a ++ b == e.  Postfix: a ^+ == e.
    if (in.peek().kind() == Token.Kind.SYMBOL && !in.peek().is("==") && !in.peek().is("(") && !in.peek().is("[")) {
      Token op = in.peek();
      if (in.peekAhead(1).kind() == Token.Kind.IDENT && in.peekAhead(2).is("==")) {
        in.advance();
        String right = in.advance().text();
        in.advance();
        units.add(new Unit.OpDef(op.text(), List.of(new Unit.Param(nameToken.text(), 0),
            new Unit.Param(right, 0)), expressions.expression(), local, in.spanFrom(start)));
        return;
      }
      if (Operators.isPostfix(op.text()) && in.peekAhead(1).is("==")) {
        in.advance();
        in.advance();
        units.add(new Unit.OpDef(op.text(), List.of(new Unit.Param(nameToken.text(), 0)),
            expressions.expression(), local, in.spanFrom(start)));
        return;
      }
    }
    String name = nameToken.text();
    if (in.match("[")) {
      List<Expr.Bound> bounds = expressions.boundList();
      in.expect("]", "']' after the function's domain");
      in.expect("==", "'=='");
      units.add(new Unit.FcnDef(name, bounds, expressions.expression(), local, in.spanFrom(start)));
      return;
    }
    List<Unit.Param> params = new ArrayList<>();
    if (in.match("(")) {
      do {
        params.add(declaredParam());
      } while (in.match(","));
      in.expect(")", "')' after the parameters");
    }
    in.expect("==", "'==' in the definition of " + name);
    if (in.check("INSTANCE")) {
      units.add(instance(name, params, local, start));
      return;
    }
    units.add(new Unit.OpDef(name, params, expressions.expression(), local, in.spanFrom(start)));
  }

  private Unit.Instance instance(String name, List<Unit.Param> params, boolean local, Token start) {
    in.expectKeyword("INSTANCE");
    Token moduleName = in.expectIdentifier("module name");
    List<Unit.Substitution> substitutions = new ArrayList<>();
    if (in.match("WITH")) {
      do {
        Token target = in.advance();
        String targetName = target.text();
        if (target.kind() == Token.Kind.SYMBOL && target.text().equals("-")) {
          targetName = "-.";
        }
        in.expect("<-", "'<-' in the substitution");
        substitutions.add(new Unit.Substitution(targetName, expressions.expression()));
      } while (in.match(","));
    }
    return new Unit.Instance(name, params, moduleName.text(), in.span(moduleName), substitutions, local,
        in.spanFrom(start));
  }
}

package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * Reads expressions: precedence climbing over {@link Operators}, prefix and postfix operators,
 * and the keyword constructs (quantifiers, CHOOSE, IF, CASE, LET, LAMBDA). Brackets, braces and
 * tuples are read by {@link BracketParser}, names and {@code !} references by
 * {@link ReferenceParser}.
 */
final class ExpressionParser {
  private final TokenCursor in;
  private final UnitParser units;
  private final BracketParser brackets;
  private final ReferenceParser references;

  ExpressionParser(TokenCursor in, UnitParser units) {
    this.in = in;
    this.units = units;
    this.brackets = new BracketParser(in, this);
    this.references = new ReferenceParser(in, this);
  }

  Expr expression() {
    return expression(0);
  }

  /**
   * An expression whose infix operators all bind at {@code minPrecedence} or tighter.
   *
   * <p>SANY's precedence rule (Specifying Systems 15.2.1): each operator has a range of
   * precedence; of two operators met in a row ({@code a op1 b op2 c}), the one whose range lies
   * above the other's binds tighter, and when their ranges overlap the expression is refused
   * unless they are the same associative operator ({@code a /\ b \/ c}, {@code a = b = c}).
   * Here an operator is compared with the one before it at the same nesting level (the one
   * whose operand just ended, or the prefix operator the expression started with); one that
   * binds tighter than the caller's was already taken by the caller's right operand.
   */
  Expr expression(int minPrecedence) {
    Leading leading = prefixExpression(minPrecedence);
    Expr left = leading.expr();
    Token previous = leading.operator();
    Operators.Infix previousRange = leading.range();
    while (true) {
      Token t = in.peek();
      if (t.kind() != Token.Kind.SYMBOL) {
        return left;
      }
      Operators.Infix op = Operators.infix(t.text());
      if (op == null || isProofStep(t)) {
        return left;
      }
      if (previous != null && previousRange.conflictsWith(previous.text(), op, t.text())) {
        throw conflict(previous, previousRange, t, op);
      }
      if (op.low() < minPrecedence) {
        return left;
      }
      in.advance();
      Token minus = in.peek();
      if (minus.is("-") && op.low() > 12) {
        // SANY compares a prefix minus with the infix operator before it: 2 * -1 is refused.
        throw in.fail(minus, "precedence conflict between " + written(t) + " (line " + t.line() + ", col "
            + t.column() + ") and the prefix -: a prefix - (precedence 12) binds looser than " + written(t)
            + " (" + op.range() + "), so it cannot be its operand; add parentheses");
      }
      Expr right = expression(op.high() + 1);
      left = infix(t.text(), left, right);
      previous = t;
      previousRange = op;
    }
  }

  /** An expression's first operand, with the prefix operator it starts with (null if none). */
  private record Leading(Expr expr, Token operator, Operators.Infix range) {
    Leading(Expr expr) {
      this(expr, null, null);
    }
  }

  private TokenCursor.ParseError conflict(Token first, Operators.Infix firstRange, Token second,
      Operators.Infix secondRange) {
    String a = written(first);
    String b = written(second);
    String why = first.text().equals(second.text())
        ? a + " is not associative"
        : "their precedences overlap (" + firstRange.range() + " and " + secondRange.range()
            + "), so TLA+ does not say which applies first";
    return in.fail(second, "precedence conflict between " + a + " (line " + first.line() + ", col "
        + first.column() + ") and " + b + ": " + why + "; add parentheses");
  }

  /** An operator as written in the source (the token's text is its canonical spelling). */
  private String written(Token t) {
    return in.file.text().substring(t.start(), t.end());
  }

  /** {@code <1>2.} at the start of a line is a proof step, not {@code 1 < ...}. */
  private boolean isProofStep(Token t) {
    Token before = in.previous();
    return t.is("<") && in.peekAhead(1).kind() == Token.Kind.NUMBER && in.peekAhead(2).is(">")
        && before != null && before.line() < t.line();
  }

  private static Expr infix(String op, Expr left, Expr right) {
    Span span = left.span().merge(right.span());
    switch (op) {
      case "/\\": {
        List<Expr> items = new ArrayList<>();
        if (left instanceof Expr.And and) {
          items.addAll(and.items());
        } else {
          items.add(left);
        }
        items.add(right);
        return new Expr.And(items, span);
      }
      case "\\/": {
        List<Expr> items = new ArrayList<>();
        if (left instanceof Expr.Or or) {
          items.addAll(or.items());
        } else {
          items.add(left);
        }
        items.add(right);
        return new Expr.Or(items, span);
      }
      case "\\X": {
        List<Expr> factors = new ArrayList<>();
        if (left instanceof Expr.Apply apply && apply.name().equals("\\X")) {
          factors.addAll(apply.args());
        } else {
          factors.add(left);
        }
        factors.add(right);
        return new Expr.Apply("\\X", factors, span);
      }
      default:
        return new Expr.Apply(op, List.of(left, right), span);
    }
  }

  private Leading prefixExpression(int minPrecedence) {
    Token t = in.peek();
    if (t.kind() == Token.Kind.IDENT && isLabelAhead()) {
      return new Leading(label(minPrecedence));
    }
    if (t.kind() == Token.Kind.SYMBOL) {
      switch (t.text()) {
        case "/\\": case "\\/":
          return new Leading(junctionList());
        case "~":
          return prefixed(t, "~", operand -> prefixApply("~", t, operand));
        case "-":
          return prefixed(t, "-.", operand -> prefixApply("-.", t, operand));
        case "[]":
          return prefixed(t, "[]", operand -> new Expr.Always(operand, in.spanFrom(t)));
        case "<>":
          return prefixed(t, "<>", operand -> new Expr.Eventually(operand, in.spanFrom(t)));
        case "\\A": case "\\E": case "\\AA": case "\\EE":
          return new Leading(quantifier());
        default:
          break;
      }
    } else if (t.kind() == Token.Kind.KEYWORD) {
      switch (t.text()) {
        case "ENABLED":
          return prefixed(t, "ENABLED", operand -> new Expr.Enabled(operand, in.spanFrom(t)));
        case "UNCHANGED":
          return prefixed(t, "UNCHANGED", operand -> new Expr.Unchanged(operand, in.spanFrom(t)));
        case "SUBSET": case "UNION": case "DOMAIN":
          return prefixed(t, t.text(), operand -> prefixApply(t.text(), t, operand));
        case "CHOOSE":
          return new Leading(choose());
        case "IF":
          return new Leading(ifThenElse());
        case "CASE":
          return new Leading(caseExpression());
        case "LET":
          return new Leading(let());
        case "LAMBDA":
          return new Leading(lambda());
        default:
          break;
      }
    }
    return new Leading(postfix(primary()));
  }

  /**
   * A prefix operator and its operand, read above the operator's range. A postfix operator
   * ends the operand of {@code ENABLED}, {@code UNCHANGED}, {@code []} and {@code <>}, whose range
   * (4-15) reaches the postfix operators' 15: SANY refuses {@code UNCHANGED x'}.
   */
  private Leading prefixed(Token t, String symbol, java.util.function.Function<Expr, Expr> build) {
    in.advance();
    Operators.Infix range = Operators.prefix(symbol);
    Expr operand = expression(range.high() + 1);
    if (range.high() >= Operators.POSTFIX.low()) {
      Expr postfix = postfixOnSpine(operand);
      if (postfix != null) {
        throw conflict(t, range, tokenEndingAt(postfix.span().end()), Operators.POSTFIX);
      }
    }
    return new Leading(build.apply(operand), t, range);
  }

  /**
   * The prime or postfix operator applied along the chain of postfix forms that ends
   * {@code operand} ({@code x'}, {@code x'.a}, {@code f[1]^+}), outside any parentheses; null if none.
   */
  private static Expr postfixOnSpine(Expr operand) {
    Expr e = operand;
    while (true) {
      if (e instanceof Expr.Prime || e instanceof Expr.Apply apply && apply.args().size() == 1
          && Operators.isPostfix(apply.name()) && apply.span().end() > apply.args().get(0).span().end()) {
        return e;
      } else if (e instanceof Expr.Field field) {
        e = field.record();
      } else if (e instanceof Expr.FcnApp app) {
        e = app.function();
      } else {
        return null;
      }
    }
  }

  /** The token of the current unit that ends at {@code end}. */
  private Token tokenEndingAt(int end) {
    for (int i = in.position() - 1; i >= 0; i--) {
      if (in.at(i).end() == end) {
        return in.at(i);
      }
    }
    return in.previous();
  }

  /** True when the next tokens read {@code Name::} or {@code Name(x, y)::}. */
  private boolean isLabelAhead() {
    if (in.peekAhead(1).is("::")) {
      return true;
    }
    if (!in.peekAhead(1).is("(")) {
      return false;
    }
    for (int i = 2; ; i += 2) {
      if (in.peekAhead(i).kind() != Token.Kind.IDENT) {
        return false;
      }
      Token after = in.peekAhead(i + 1);
      if (after.is(")")) {
        return in.peekAhead(i + 2).is("::");
      }
      if (!after.is(",")) {
        return false;
      }
    }
  }

  /**
   * {@code P0:: e}. The label covers what the expression at its place would cover without it
   * (SANY rejects a label whose removal would change the parse), so its body is read at the
   * precedence of that place.
   */
  private Expr label(int minPrecedence) {
    Token name = in.advance();
    List<String> params = new ArrayList<>();
    if (in.match("(")) {
      do {
        params.add(in.expectIdentifier("a label parameter").text());
      } while (in.match(","));
      in.expect(")", "')'");
    }
    in.expect("::", "'::' after the label");
    Expr body = expression(minPrecedence);
    return new Expr.Label(name.text(), params, body, in.spanFrom(name));
  }

  private Expr prefixApply(String name, Token start, Expr operand) {
    return new Expr.Apply(name, List.of(operand), in.spanFrom(start));
  }

  private Expr junctionList() {
    Token bullet = in.advance();
    List<Expr> items = new ArrayList<>();
    while (true) {
      in.layout.enterItem(bullet.column());
      try {
        items.add(expression());
      } finally {
        in.layout.leaveItem();
      }
      if (JunctionLayout.continues(bullet, in.peek())) {
        in.advance();
        continue;
      }
      break;
    }
    Span span = in.spanFrom(bullet);
    return bullet.is("/\\") ? new Expr.And(items, span) : new Expr.Or(items, span);
  }

  private Expr postfix(Expr expr) {
    while (true) {
      Token t = in.peek();
      if (t.is("'")) {
        in.advance();
        expr = new Expr.Prime(expr, expr.span().merge(in.span(t)));
      } else if (t.is("[")) {
        in.advance();
        List<Expr> args = new ArrayList<>();
        do {
          args.add(expression());
        } while (in.match(","));
        Token close = in.expect("]", "']' after the function argument");
        expr = new Expr.FcnApp(expr, args, expr.span().merge(in.span(close)));
      } else if (t.is(".") && isFieldName(in.peekAhead(1))) {
        in.advance();
        Token field = in.advance();
        expr = new Expr.Field(expr, field.text(), expr.span().merge(in.span(field)));
      } else if (t.kind() == Token.Kind.SYMBOL && Operators.isPostfix(t.text())) {
        in.advance();
        expr = new Expr.Apply(t.text(), List.of(expr), expr.span().merge(in.span(t)));
      } else {
        return expr;
      }
    }
  }

  /** After {@code .}, SANY takes keywords as field names too ({@code r.NEW}, {@code r.SF_}). */
  static boolean isFieldName(Token t) {
    return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.KEYWORD;
  }

  /** An expression that binds tighter than any operator. */
  Expr primary() {
    Token t = in.peek();
    switch (t.kind()) {
      case NUMBER:
        in.advance();
        return new Expr.Num(t.text(), in.span(t));
      case STRING:
        in.advance();
        return new Expr.Str(t.text(), in.span(t));
      case IDENT:
        return references.nameOrApplication();
      case KEYWORD:
        switch (t.text()) {
          case "TRUE": case "FALSE":
            in.advance();
            return new Expr.Bool(t.text().equals("TRUE"), in.span(t));
          case "BOOLEAN": case "STRING":
            in.advance();
            return new Expr.Apply(t.text(), List.of(), in.span(t));
          case "WF_": case "SF_":
            return fairness();
          default:
            throw in.fail(t, "unexpected " + t.describe() + " where an expression was expected");
        }
      case SYMBOL:
        switch (t.text()) {
          case "(": {
            in.advance();
            Expr inner = expression();
            Token close = in.expect(")", "')'");
            return new Expr.Paren(inner, new Span(in.file, t.start(), close.end()));
          }
          case "{":
            return brackets.setExpression();
          case "[":
            return brackets.bracketExpression();
          case "<<":
            return brackets.tupleExpression();
          case "@":
            in.advance();
            return new Expr.At(in.span(t));
          default:
            if ((Operators.isInfix(t.text()) || t.is("-.")) && in.peekAhead(1).is("(")) {
              return references.prefixFormApplication();
            }
            throw in.fail(t, "unexpected " + t.describe() + " where an expression was expected");
        }
      default:
        throw in.fail(t, "unexpected " + t.describe() + " where an expression was expected");
    }
  }

  private Expr fairness() {
    Token keyword = in.advance();
    Expr subscript = subscript();
    in.expect("(", "'(' after the fairness subscript");
    Expr action = expression();
    Token close = in.expect(")", "')'");
    return new Expr.Fairness(keyword.text().equals("SF_"), subscript, action,
        new Span(in.file, keyword.start(), close.end()));
  }

  /**
   * The subscript of {@code [A]_v}, {@code <<A>>_v}, {@code WF_v(A)}: a name (possibly of an
   * instance's definition, {@code I!vars}), a tuple or a parenthesised expression.
   */
  Expr subscript() {
    Token t = in.peek();
    if (t.kind() == Token.Kind.IDENT) {
      return references.subscriptName();
    }
    if (t.is("<<")) {
      return brackets.tupleExpression();
    }
    if (t.is("(")) {
      return primary();
    }
    throw in.fail(t, "expected a subscript (a variable, a tuple or a parenthesised expression)");
  }

  private Expr quantifier() {
    Token q = in.advance();
    boolean universal = q.is("\\A") || q.is("\\AA");
    List<Expr.Bound> bounds = boundList();
    in.expect(":", "':' after the quantifier's bounds");
    Expr body = expression();
    return new Expr.Quantifier(universal, bounds, body, in.spanFrom(q));
  }

  private Expr choose() {
    Token start = in.advance();
    Expr.Bound bound = bound();
    in.expect(":", "':' in CHOOSE");
    Expr body = expression();
    return new Expr.Choose(bound, body, in.spanFrom(start));
  }

  List<Expr.Bound> boundList() {
    List<Expr.Bound> bounds = new ArrayList<>();
    do {
      bounds.add(bound());
    } while (in.match(","));
    return bounds;
  }

  /** {@code x \in S}, {@code x, y \in S}, {@code <<x, y>> \in S}, or an unbounded {@code x}. */
  Expr.Bound bound() {
    Token start = in.peek();
    List<String> names = new ArrayList<>();
    boolean tuple = false;
    if (in.match("<<")) {
      tuple = true;
      do {
        names.add(in.expectIdentifier("a bound name").text());
      } while (in.match(","));
      in.expect(">>", "'>>'");
    } else {
      names.add(in.expectIdentifier("a bound name").text());
      while (in.check(",") && in.peekAhead(1).kind() == Token.Kind.IDENT
          && (in.peekAhead(2).is(",") || in.peekAhead(2).is("\\in"))) {
        in.advance();
        names.add(in.advance().text());
      }
    }
    Expr set = null;
    if (in.match("\\in")) {
      set = expression();
    }
    return new Expr.Bound(names, tuple, set, in.spanFrom(start));
  }

  private Expr ifThenElse() {
    Token start = in.advance();
    Expr condition = expression();
    in.expectKeyword("THEN");
    Expr then = expression();
    in.expectKeyword("ELSE");
    Expr otherwise = expression();
    return new Expr.If(condition, then, otherwise, in.spanFrom(start));
  }

  private Expr caseExpression() {
    Token start = in.advance();
    List<Expr.CaseArm> arms = new ArrayList<>();
    Expr other = null;
    do {
      if (in.match("OTHER")) {
        in.expect("->", "'->' after OTHER");
        other = expression();
        break;
      }
      Expr guard = expression();
      in.expect("->", "'->' in a CASE arm");
      arms.add(new Expr.CaseArm(guard, expression()));
    } while (in.match("[]"));
    return new Expr.Case(arms, other, in.spanFrom(start));
  }

  private Expr let() {
    Token start = in.advance();
    List<Unit> definitions = new ArrayList<>();
    while (!in.check("IN")) {
      if (in.peek().kind() == Token.Kind.EOF || in.peek() == TokenCursor.END) {
        throw in.fail(in.peek(), "expected IN after the LET definitions");
      }
      if (in.check("RECURSIVE")) {
        definitions.add(units.recursive());
        continue;
      }
      units.definition(definitions, false);
    }
    in.advance();
    Expr body = expression();
    return new Expr.Let(definitions, body, in.spanFrom(start));
  }

  private Expr lambda() {
    Token start = in.advance();
    List<String> params = new ArrayList<>();
    do {
      params.add(in.expectIdentifier("a LAMBDA parameter").text());
    } while (in.match(","));
    in.expect(":", "':' after the LAMBDA parameters");
    return new Expr.Lambda(params, expression(), in.spanFrom(start));
  }
}

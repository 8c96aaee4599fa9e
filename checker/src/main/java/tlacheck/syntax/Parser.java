package tlacheck.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * Recursive-descent parser for TLA+ modules, with precedence climbing for operators.
 *
 * <p>Junction lists: a {@code /\} or {@code \/} in prefix position opens a bulleted list aligned
 * at its column. While an item is parsed, any token at or left of that column ends it (the
 * parser sees a virtual end token), exactly as SANY reads the layout; the list goes on while the
 * next token is the same bullet in the same column.
 *
 * <p>Errors: a syntax error aborts the current unit, is recorded, and parsing resumes at the next
 * token in column 1 that can start a unit, so one run reports every broken definition.
 */
public final class Parser {
  private static final Token END = new Token(Token.Kind.EOF, "<end of list item>", 0, 0, 0, 0);

  private final SourceFile file;
  private final List<Token> tokens;
  private final List<TlaError> errors = new ArrayList<>();
  private final Deque<Integer> junctionColumns = new ArrayDeque<>();
  private int position;

  public Parser(SourceFile file, List<Token> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  /** Parses a whole file; throws {@link TlaError} (possibly {@link TlaError.Multiple}). */
  public static Module parse(SourceFile file) {
    List<Token> tokens = new Lexer(file).tokens();
    return new Parser(file, tokens).module();
  }

  private static final class ParseError extends RuntimeException {
    ParseError() {
      super(null, null, false, false);
    }
  }

  // ---------------------------------------------------------------- module and units

  public Module module() {
    try {
      return moduleUnits();
    } catch (ParseError e) {
      // A failure outside a unit (the header, EXTENDS): nothing after it can be read sensibly.
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
  }

  private Module moduleUnits() {
    Token first = peek();
    if (first.kind() != Token.Kind.SEPARATOR) {
      throw new TlaError(TlaError.Kind.SYNTAX, span(first),
          "expected a module header '---- MODULE Name ----'");
    }
    advance();
    expectKeyword("MODULE");
    String name = expectIdentifier("module name").text();
    expectKind(Token.Kind.SEPARATOR, "'----' after the module name");
    List<String> extendsNames = new ArrayList<>();
    if (check("EXTENDS")) {
      advance();
      extendsNames.add(expectIdentifier("module name").text());
      while (match(",")) {
        extendsNames.add(expectIdentifier("module name").text());
      }
    }
    List<Unit> units = new ArrayList<>();
    while (peek().kind() != Token.Kind.END_MODULE) {
      if (peek().kind() == Token.Kind.EOF) {
        errors.add(error(peek(), "module " + name + " is not closed with '===='"));
        break;
      }
      if (peek().kind() == Token.Kind.SEPARATOR) {
        advance();
        if (check("MODULE")) {
          // A module inside a module: refused by name, and skipped to its end.
          Token nested = peek();
          errors.add(error(nested, "nested modules (MODULE " + peekAhead(1).text() + " inside " + name
              + ") are not supported; put the module in a file of its own"));
          while (peek().kind() != Token.Kind.END_MODULE && peek().kind() != Token.Kind.EOF) {
            advance();
          }
          if (peek().kind() == Token.Kind.END_MODULE) {
            advance();
          }
        }
        continue;
      }
      int before = position;
      try {
        unit(units);
      } catch (ParseError e) {
        junctionColumns.clear();
        synchronize(before);
      }
    }
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
    return new Module(name, extendsNames, units, new Span(file, first.start(), peek().end()));
  }

  /** Skips to the next token in column 1 that may start a unit. */
  private void synchronize(int failedAt) {
    if (position == failedAt) {
      advance();
    }
    while (true) {
      Token t = tokens.get(position);
      if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.END_MODULE
          || t.kind() == Token.Kind.SEPARATOR) {
        return;
      }
      if (t.column() == 1 && (t.kind() == Token.Kind.IDENT || isUnitKeyword(t))) {
        return;
      }
      position++;
    }
  }

  private static boolean isUnitKeyword(Token t) {
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

  private void unit(List<Unit> units) {
    Token t = peek();
    if (t.kind() == Token.Kind.KEYWORD) {
      switch (t.text()) {
        case "CONSTANT": case "CONSTANTS": {
          advance();
          List<Unit.Param> names = new ArrayList<>();
          do {
            names.add(declaredParam());
          } while (match(","));
          units.add(new Unit.Constants(names, spanFrom(t)));
          return;
        }
        case "VARIABLE": case "VARIABLES": {
          advance();
          List<String> names = new ArrayList<>();
          do {
            names.add(expectIdentifier("variable name").text());
          } while (match(","));
          units.add(new Unit.Variables(names, spanFrom(t)));
          return;
        }
        case "ASSUME": case "ASSUMPTION": case "AXIOM": {
          advance();
          String name = null;
          if (peek().kind() == Token.Kind.IDENT && peekAhead(1).is("==")) {
            name = advance().text();
            advance();
          }
          Expr body = expression();
          units.add(new Unit.Assume(name, body, spanFrom(t)));
          return;
        }
        case "THEOREM": case "LEMMA": case "PROPOSITION": case "COROLLARY": case "USE": case "HIDE": {
          advance();
          if (peek().kind() == Token.Kind.IDENT && peekAhead(1).is("==")) {
            // A named theorem defines its name as the formula, if it is one (not ASSUME ... PROVE).
            Token name = advance();
            advance();
            int save = position;
            int errorCount = errors.size();
            try {
              Expr body = expression();
              units.add(new Unit.OpDef(name.text(), List.of(), body, false, spanFrom(t)));
              skipToNextUnit();
              return;
            } catch (ParseError e) {
              while (errors.size() > errorCount) {
                errors.remove(errors.size() - 1);
              }
            }
            position = save;
          }
          skipToNextUnit();
          units.add(new Unit.Ignored(t.text(), spanFrom(t)));
          return;
        }
        case "LOCAL": {
          advance();
          if (check("INSTANCE")) {
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
          advance();
          skipToNextUnit();
          units.add(new Unit.Ignored("proof", spanFrom(t)));
          return;
        case "RECURSIVE": {
          advance();
          List<Unit.Param> names = new ArrayList<>();
          do {
            names.add(declaredParam());
          } while (match(","));
          units.add(new Unit.Recursive(names, spanFrom(t)));
          return;
        }
        default:
          break;
      }
    }
    if (t.kind() == Token.Kind.SYMBOL && t.text().startsWith("<") && peekAhead(1).kind() == Token.Kind.NUMBER) {
      // A stray proof step such as <1>2. outside a THEOREM: skip it.
      skipToNextUnit();
      units.add(new Unit.Ignored("proof", spanFrom(t)));
      return;
    }
    definition(units, false);
  }

  /** Skips a theorem and its proof: everything up to the next token in column 1 that starts a unit. */
  private void skipToNextUnit() {
    while (true) {
      Token t = tokens.get(position);
      if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.END_MODULE || t.kind() == Token.Kind.SEPARATOR) {
        return;
      }
      if (t.column() == 1 && (t.kind() == Token.Kind.IDENT || isUnitKeyword(t)) && position > 0) {
        return;
      }
      position++;
    }
  }

  /** {@code C}, {@code F(_, _)}, {@code _ + _}, {@code -. _} in CONSTANT and RECURSIVE lists and as parameters. */
  private Unit.Param declaredParam() {
    Token t = peek();
    if (t.is("_")) {
      advance();
      Token op = advance();
      if (check("_")) {
        advance();
        return new Unit.Param(op.text(), 2);
      }
      return new Unit.Param(op.text(), 1);
    }
    if (t.kind() == Token.Kind.SYMBOL && peekAhead(1).is("_")) {
      Token op = advance();
      advance();
      return new Unit.Param(op.text().equals("-") ? "-." : op.text(), 1);
    }
    String name = expectIdentifier("a name").text();
    int arity = 0;
    if (match("(")) {
      do {
        expect("_", "'_' in an operator parameter");
        arity++;
      } while (match(","));
      expect(")", "')'");
    }
    return new Unit.Param(name, arity);
  }

  private void definition(List<Unit> units, boolean local) {
    Token start = peek();
    // Prefix operator definition: -. a == e, or ~ a == e.
    if (start.kind() == Token.Kind.SYMBOL && peekAhead(1).kind() == Token.Kind.IDENT && peekAhead(2).is("==")) {
      Token op = advance();
      String param = advance().text();
      advance();
      String name = op.text().equals("-") ? "-." : op.text();
      units.add(new Unit.OpDef(name, List.of(new Unit.Param(param, 0)), expression(), local, spanFrom(start)));
      return;
    }
    Token nameToken = expectIdentifier("a definition");
    // Infix definition: a ++ b == e.  Postfix: a ^+ == e.
    if (peek().kind() == Token.Kind.SYMBOL && !peek().is("==") && !peek().is("(") && !peek().is("[")) {
      Token op = peek();
      if (peekAhead(1).kind() == Token.Kind.IDENT && peekAhead(2).is("==")) {
        advance();
        String right = advance().text();
        advance();
        units.add(new Unit.OpDef(op.text(), List.of(new Unit.Param(nameToken.text(), 0),
            new Unit.Param(right, 0)), expression(), local, spanFrom(start)));
        return;
      }
      if (Operators.isPostfix(op.text()) && peekAhead(1).is("==")) {
        advance();
        advance();
        units.add(new Unit.OpDef(op.text(), List.of(new Unit.Param(nameToken.text(), 0)),
            expression(), local, spanFrom(start)));
        return;
      }
    }
    String name = nameToken.text();
    if (match("[")) {
      List<Expr.Bound> bounds = boundList();
      expect("]", "']' after the function's domain");
      expect("==", "'=='");
      units.add(new Unit.FcnDef(name, bounds, expression(), local, spanFrom(start)));
      return;
    }
    List<Unit.Param> params = new ArrayList<>();
    if (match("(")) {
      do {
        params.add(declaredParam());
      } while (match(","));
      expect(")", "')' after the parameters");
    }
    expect("==", "'==' in the definition of " + name);
    if (check("INSTANCE")) {
      units.add(instance(name, params, local, start));
      return;
    }
    units.add(new Unit.OpDef(name, params, expression(), local, spanFrom(start)));
  }

  private Unit.Instance instance(String name, List<Unit.Param> params, boolean local, Token start) {
    expectKeyword("INSTANCE");
    String module = expectIdentifier("module name").text();
    List<Unit.Substitution> substitutions = new ArrayList<>();
    if (match("WITH")) {
      do {
        Token target = advance();
        String targetName = target.text();
        if (target.kind() == Token.Kind.SYMBOL && target.text().equals("-")) {
          targetName = "-.";
        }
        expect("<-", "'<-' in the substitution");
        substitutions.add(new Unit.Substitution(targetName, expression()));
      } while (match(","));
    }
    return new Unit.Instance(name, params, module, substitutions, local, spanFrom(start));
  }

  // ---------------------------------------------------------------- expressions

  public Expr expression() {
    return expression(0);
  }

  private Expr expression(int minPrecedence) {
    Expr left = prefixExpression();
    while (true) {
      Token t = peek();
      if (t.kind() != Token.Kind.SYMBOL) {
        return left;
      }
      Operators.Infix op = Operators.infix(t.text());
      if (op == null || op.low() < minPrecedence || isProofStep(t)) {
        return left;
      }
      advance();
      Expr right = expression(op.high() + 1);
      left = infix(t.text(), left, right);
    }
  }

  /** {@code <1>2.} at the start of a line is a proof step, not {@code 1 < ...}. */
  private boolean isProofStep(Token t) {
    return t.is("<") && peekAhead(1).kind() == Token.Kind.NUMBER && peekAhead(2).is(">")
        && position > 0 && tokens.get(position - 1).line() < t.line();
  }

  private Expr infix(String op, Expr left, Expr right) {
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

  private Expr prefixExpression() {
    Token t = peek();
    if (t.kind() == Token.Kind.SYMBOL) {
      switch (t.text()) {
        case "/\\": case "\\/":
          return junctionList();
        case "~":
          advance();
          return prefixApply("~", t, expression(5));
        case "-":
          advance();
          return prefixApply("-.", t, expression(13));
        case "[]":
          advance();
          Expr always = expression(16);
          return new Expr.Always(always, spanFrom(t));
        case "<>":
          advance();
          Expr eventually = expression(16);
          return new Expr.Eventually(eventually, spanFrom(t));
        case "\\A": case "\\E": case "\\AA": case "\\EE":
          return quantifier();
        default:
          break;
      }
    } else if (t.kind() == Token.Kind.KEYWORD) {
      switch (t.text()) {
        case "ENABLED":
          advance();
          return new Expr.Enabled(expression(16), spanFrom(t));
        case "UNCHANGED":
          advance();
          return new Expr.Unchanged(expression(16), spanFrom(t));
        case "SUBSET":
          advance();
          return prefixApply("SUBSET", t, expression(9));
        case "UNION":
          advance();
          return prefixApply("UNION", t, expression(9));
        case "DOMAIN":
          advance();
          return prefixApply("DOMAIN", t, expression(10));
        case "CHOOSE":
          return choose();
        case "IF":
          return ifThenElse();
        case "CASE":
          return caseExpression();
        case "LET":
          return let();
        case "LAMBDA":
          return lambda();
        default:
          break;
      }
    }
    return postfix(primary());
  }

  private Expr prefixApply(String name, Token start, Expr operand) {
    return new Expr.Apply(name, List.of(operand), spanFrom(start));
  }

  private Expr junctionList() {
    Token bullet = advance();
    int column = bullet.column();
    List<Expr> items = new ArrayList<>();
    while (true) {
      junctionColumns.push(column);
      try {
        items.add(expression());
      } finally {
        junctionColumns.pop();
      }
      Token next = peek();
      if (next.kind() == Token.Kind.SYMBOL && next.text().equals(bullet.text()) && next.column() == column) {
        advance();
        continue;
      }
      break;
    }
    Span span = spanFrom(bullet);
    return bullet.is("/\\") ? new Expr.And(items, span) : new Expr.Or(items, span);
  }

  private Expr postfix(Expr expr) {
    while (true) {
      Token t = peek();
      if (t.is("'")) {
        advance();
        expr = new Expr.Prime(expr, expr.span().merge(span(t)));
      } else if (t.is("[")) {
        advance();
        List<Expr> args = new ArrayList<>();
        do {
          args.add(expression());
        } while (match(","));
        Token close = expect("]", "']' after the function argument");
        expr = new Expr.FcnApp(expr, args, expr.span().merge(span(close)));
      } else if (t.is(".") && peekAhead(1).kind() == Token.Kind.IDENT) {
        advance();
        Token field = advance();
        expr = new Expr.Field(expr, field.text(), expr.span().merge(span(field)));
      } else if (t.kind() == Token.Kind.SYMBOL && Operators.isPostfix(t.text())) {
        advance();
        expr = new Expr.Apply(t.text(), List.of(expr), expr.span().merge(span(t)));
      } else {
        return expr;
      }
    }
  }

  private Expr primary() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER:
        advance();
        return new Expr.Num(t.text(), span(t));
      case STRING:
        advance();
        return new Expr.Str(t.text(), span(t));
      case IDENT:
        return nameOrApplication();
      case KEYWORD:
        switch (t.text()) {
          case "TRUE": case "FALSE":
            advance();
            return new Expr.Bool(t.text().equals("TRUE"), span(t));
          case "BOOLEAN": case "STRING":
            advance();
            return new Expr.Apply(t.text(), List.of(), span(t));
          case "WF_": case "SF_":
            return fairness();
          default:
            throw fail(t, "unexpected " + t.describe() + " where an expression was expected");
        }
      case SYMBOL:
        switch (t.text()) {
          case "(": {
            advance();
            Expr inner = expression();
            Token close = expect(")", "')'");
            return new Expr.Paren(inner, new Span(file, t.start(), close.end()));
          }
          case "{":
            return setExpression();
          case "[":
            return bracketExpression();
          case "<<":
            return tupleExpression();
          case "@":
            advance();
            return new Expr.At(span(t));
          default:
            throw fail(t, "unexpected " + t.describe() + " where an expression was expected");
        }
      default:
        throw fail(t, "unexpected " + t.describe() + " where an expression was expected");
    }
  }

  private Expr nameOrApplication() {
    Token name = advance();
    List<Expr> args = List.of();
    if (check("(")) {
      args = arguments();
    }
    if (!check("!")) {
      return new Expr.Apply(name.text(), args, spanFrom(name));
    }
    List<Expr.RefStep> steps = new ArrayList<>();
    steps.add(new Expr.RefStep(name.text(), args, spanFrom(name)));
    while (check("!")) {
      Token bang = advance();
      Token member = peek();
      String memberName;
      if (member.kind() == Token.Kind.IDENT || member.kind() == Token.Kind.NUMBER || member.is(":")) {
        memberName = advance().text(); // Th!: is the body of a theorem or definition.
      } else if (member.kind() == Token.Kind.SYMBOL && (Operators.isInfix(member.text()) || member.is("-")
          || member.is("~") || Operators.isPostfix(member.text()))) {
        // N!+(a, b) is how an operator symbol of an instance is referenced.
        advance();
        memberName = member.text();
      } else {
        throw fail(member.kind() == Token.Kind.EOF ? bang : member, "the subexpression selector '!"
            + member.text() + "' is not supported (only N!Op, N!Op(args), positions such as Inv!2, and Th!:)");
      }
      List<Expr> memberArgs = check("(") ? arguments() : List.of();
      if (memberName.equals("-") && memberArgs.size() == 1) {
        memberName = "-.";
      }
      steps.add(new Expr.RefStep(memberName, memberArgs, spanFrom(member)));
    }
    return new Expr.InstanceRef(steps, spanFrom(name));
  }

  private List<Expr> arguments() {
    expect("(", "'('");
    List<Expr> args = new ArrayList<>();
    do {
      args.add(argument());
    } while (match(","));
    expect(")", "')' after the arguments");
    return args;
  }

  /** An operator argument: an expression, a LAMBDA, or a bare operator symbol such as {@code +}. */
  private Expr argument() {
    Token t = peek();
    if (t.kind() == Token.Kind.SYMBOL && (Operators.isInfix(t.text()) || t.is("-"))
        && (peekAhead(1).is(",") || peekAhead(1).is(")")) && !t.is("/\\") && !t.is("\\/")) {
      advance();
      return new Expr.Apply(t.text(), List.of(), span(t));
    }
    return expression();
  }

  private Expr fairness() {
    Token keyword = advance();
    Expr subscript = subscript();
    expect("(", "'(' after the fairness subscript");
    Expr action = expression();
    Token close = expect(")", "')'");
    return new Expr.Fairness(keyword.text().equals("SF_"), subscript, action,
        new Span(file, keyword.start(), close.end()));
  }

  /** The subscript of {@code [A]_v}, {@code <<A>>_v}, {@code WF_v(A)}: a name, tuple or parenthesised expression. */
  private Expr subscript() {
    Token t = peek();
    if (t.kind() == Token.Kind.IDENT) {
      advance();
      return new Expr.Apply(t.text(), List.of(), span(t));
    }
    if (t.is("<<")) {
      return tupleExpression();
    }
    if (t.is("(")) {
      return primary();
    }
    throw fail(t, "expected a subscript (a variable, a tuple or a parenthesised expression)");
  }

  private Expr quantifier() {
    Token q = advance();
    boolean universal = q.is("\\A") || q.is("\\AA");
    List<Expr.Bound> bounds = boundList();
    expect(":", "':' after the quantifier's bounds");
    Expr body = expression();
    return new Expr.Quantifier(universal, bounds, body, spanFrom(q));
  }

  private Expr choose() {
    Token start = advance();
    Expr.Bound bound = bound();
    expect(":", "':' in CHOOSE");
    Expr body = expression();
    return new Expr.Choose(bound, body, spanFrom(start));
  }

  private List<Expr.Bound> boundList() {
    List<Expr.Bound> bounds = new ArrayList<>();
    do {
      bounds.add(bound());
    } while (match(","));
    return bounds;
  }

  /** {@code x \in S}, {@code x, y \in S}, {@code <<x, y>> \in S}, or an unbounded {@code x}. */
  private Expr.Bound bound() {
    Token start = peek();
    List<String> names = new ArrayList<>();
    boolean tuple = false;
    if (match("<<")) {
      tuple = true;
      do {
        names.add(expectIdentifier("a bound name").text());
      } while (match(","));
      expect(">>", "'>>'");
    } else {
      names.add(expectIdentifier("a bound name").text());
      while (check(",") && peekAhead(1).kind() == Token.Kind.IDENT
          && (peekAhead(2).is(",") || peekAhead(2).is("\\in"))) {
        advance();
        names.add(advance().text());
      }
    }
    Expr set = null;
    if (match("\\in")) {
      set = expression();
    }
    return new Expr.Bound(names, tuple, set, spanFrom(start));
  }

  private Expr ifThenElse() {
    Token start = advance();
    Expr condition = expression();
    expectKeyword("THEN");
    Expr then = expression();
    expectKeyword("ELSE");
    Expr otherwise = expression();
    return new Expr.If(condition, then, otherwise, spanFrom(start));
  }

  private Expr caseExpression() {
    Token start = advance();
    List<Expr.CaseArm> arms = new ArrayList<>();
    Expr other = null;
    do {
      if (match("OTHER")) {
        expect("->", "'->' after OTHER");
        other = expression();
        break;
      }
      Expr guard = expression();
      expect("->", "'->' in a CASE arm");
      arms.add(new Expr.CaseArm(guard, expression()));
    } while (match("[]"));
    return new Expr.Case(arms, other, spanFrom(start));
  }

  private Expr let() {
    Token start = advance();
    List<Unit> definitions = new ArrayList<>();
    while (!check("IN")) {
      if (peek().kind() == Token.Kind.EOF || peek() == END) {
        throw fail(peek(), "expected IN after the LET definitions");
      }
      if (match("RECURSIVE")) {
        Token recursive = tokens.get(position - 1);
        List<Unit.Param> names = new ArrayList<>();
        do {
          names.add(declaredParam());
        } while (match(","));
        definitions.add(new Unit.Recursive(names, spanFrom(recursive)));
        continue;
      }
      definition(definitions, false);
    }
    advance();
    Expr body = expression();
    return new Expr.Let(definitions, body, spanFrom(start));
  }

  private Expr lambda() {
    Token start = advance();
    List<String> params = new ArrayList<>();
    do {
      params.add(expectIdentifier("a LAMBDA parameter").text());
    } while (match(","));
    expect(":", "':' after the LAMBDA parameters");
    return new Expr.Lambda(params, expression(), spanFrom(start));
  }

  private Expr setExpression() {
    Token open = advance();
    if (check("}")) {
      advance();
      return new Expr.SetEnum(List.of(), spanFrom(open));
    }
    int save = position;
    // {x \in S : P} and {<<x, y>> \in S : P}
    if (looksLikeBound()) {
      Expr.Bound bound = bound();
      if (match(":")) {
        Expr predicate = expression();
        expect("}", "'}'");
        return new Expr.SetFilter(bound, predicate, spanFrom(open));
      }
      position = save;
    }
    Expr first = expression();
    if (match(":")) {
      List<Expr.Bound> bounds = boundList();
      expect("}", "'}'");
      return new Expr.SetMap(first, bounds, spanFrom(open));
    }
    List<Expr> elements = new ArrayList<>();
    elements.add(first);
    while (match(",")) {
      elements.add(expression());
    }
    expect("}", "'}' to close the set");
    return new Expr.SetEnum(elements, spanFrom(open));
  }

  /** True when the next tokens read {@code x \in} or {@code <<x, y>> \in}. */
  private boolean looksLikeBound() {
    if (peek().kind() == Token.Kind.IDENT && peekAhead(1).is("\\in")) {
      return true;
    }
    if (!peek().is("<<")) {
      return false;
    }
    int i = 1;
    while (true) {
      Token t = peekAhead(i);
      if (t.kind() != Token.Kind.IDENT) {
        return false;
      }
      Token after = peekAhead(i + 1);
      if (after.is(">>")) {
        return peekAhead(i + 2).is("\\in");
      }
      if (!after.is(",")) {
        return false;
      }
      i += 2;
    }
  }

  private Expr bracketExpression() {
    Token open = advance();
    Token first = peek();
    if (first.kind() == Token.Kind.IDENT && peekAhead(1).is("|->")) {
      List<String> fields = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      do {
        fields.add(expectIdentifier("a field name").text());
        expect("|->", "'|->'");
        values.add(expression());
      } while (match(","));
      expect("]", "']' to close the record");
      return new Expr.RecordCtor(fields, values, spanFrom(open));
    }
    if (first.kind() == Token.Kind.IDENT && peekAhead(1).is(":")) {
      List<String> fields = new ArrayList<>();
      List<Expr> sets = new ArrayList<>();
      do {
        fields.add(expectIdentifier("a field name").text());
        expect(":", "':'");
        sets.add(expression());
      } while (match(","));
      expect("]", "']' to close the set of records");
      return new Expr.RecordSet(fields, sets, spanFrom(open));
    }
    int save = position;
    if (looksLikeBound() || first.kind() == Token.Kind.IDENT && peekAhead(1).is(",")) {
      try {
        List<Expr.Bound> bounds = boundList();
        if (match("|->")) {
          Expr body = expression();
          expect("]", "']' to close the function");
          return new Expr.FcnCtor(bounds, body, spanFrom(open));
        }
      } catch (ParseError e) {
        errors.remove(errors.size() - 1);
      }
      position = save;
    }
    Expr e = expression();
    if (match("->")) {
      Expr range = expression();
      expect("]", "']' to close the set of functions");
      return new Expr.FcnSet(e, range, spanFrom(open));
    }
    if (match("EXCEPT")) {
      List<Expr.ExceptClause> clauses = new ArrayList<>();
      do {
        expect("!", "'!' to start an EXCEPT clause");
        List<Expr.PathStep> path = new ArrayList<>();
        do {
          if (match(".")) {
            path.add(new Expr.PathStep(expectIdentifier("a field name").text(), null));
          } else {
            expect("[", "'[' or '.' in an EXCEPT path");
            List<Expr> args = new ArrayList<>();
            do {
              args.add(expression());
            } while (match(","));
            expect("]", "']'");
            path.add(new Expr.PathStep(null, args));
          }
        } while (check(".") || check("["));
        expect("=", "'=' in an EXCEPT clause");
        clauses.add(new Expr.ExceptClause(path, expression()));
      } while (match(","));
      expect("]", "']' to close the EXCEPT");
      return new Expr.Except(e, clauses, spanFrom(open));
    }
    if (match("]_")) {
      Expr subscript = subscript();
      return new Expr.ActionBox(e, subscript, false, spanFrom(open));
    }
    throw fail(peek(), "unexpected " + peek().describe() + " in a bracket expression");
  }

  private Expr tupleExpression() {
    Token open = advance();
    List<Expr> elements = new ArrayList<>();
    if (!check(">>") && !check(">>_")) {
      do {
        elements.add(expression());
      } while (match(","));
    }
    if (match(">>_")) {
      if (elements.size() != 1) {
        throw fail(open, "<<A>>_v needs exactly one action A");
      }
      Expr subscript = subscript();
      return new Expr.ActionBox(elements.get(0), subscript, true, spanFrom(open));
    }
    expect(">>", "'>>' to close the tuple");
    return new Expr.Tuple(elements, spanFrom(open));
  }

  // ---------------------------------------------------------------- token helpers

  private Token peek() {
    Token t = tokens.get(position);
    if (!junctionColumns.isEmpty() && t.column() <= junctionColumns.peek() && t.kind() != Token.Kind.EOF) {
      return END;
    }
    return t;
  }

  private Token peekAhead(int n) {
    int i = Math.min(position + n, tokens.size() - 1);
    return tokens.get(i);
  }

  private Token advance() {
    Token t = tokens.get(position);
    if (t.kind() != Token.Kind.EOF) {
      position++;
    }
    return t;
  }

  private boolean check(String text) {
    return peek().is(text);
  }

  private boolean match(String text) {
    if (check(text)) {
      advance();
      return true;
    }
    return false;
  }

  private Token expect(String text, String what) {
    Token t = peek();
    if (!t.is(text)) {
      throw fail(t, "expected " + what + " but found " + describe(t));
    }
    return advance();
  }

  private void expectKeyword(String keyword) {
    expect(keyword, keyword);
  }

  private void expectKind(Token.Kind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw fail(t, "expected " + what + " but found " + describe(t));
    }
    advance();
  }

  private Token expectIdentifier(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.IDENT) {
      throw fail(t, "expected " + what + " but found " + describe(t));
    }
    return advance();
  }

  private String describe(Token t) {
    return t == END ? tokens.get(position).describe() + " (outside the enclosing /\\ or \\/ list item)" : t.describe();
  }

  private ParseError fail(Token t, String message) {
    errors.add(error(t == END ? tokens.get(position) : t, message));
    return new ParseError();
  }

  private TlaError error(Token t, String message) {
    return new TlaError(TlaError.Kind.SYNTAX, span(t), message);
  }

  private Span span(Token t) {
    return new Span(file, t.start(), Math.max(t.start() + 1, t.end()));
  }

  private Span spanFrom(Token start) {
    int end = position > 0 ? tokens.get(position - 1).end() : start.end();
    return new Span(file, start.start(), Math.max(end, start.start() + 1));
  }
}

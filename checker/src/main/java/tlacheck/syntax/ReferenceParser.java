package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.syntax.ast.Expr;

/**
 * Reads names and what may follow them: arguments {@code F(a, b)}, including operators passed
 * as arguments, and the steps of a {@code !} reference ({@code N!Op}, {@code N(x)!Op(a)},
 * {@code Inv!2}, {@code Def!P0}, {@code Th!:}).
 */
final class ReferenceParser {
  /**
   * Operators built into TLA+ itself (not defined by a standard module) that may be passed as an
   * argument by their symbol; such an argument is read as the LAMBDA it stands for, e.g.
   * {@code F(SUBSET, S)} as {@code F(LAMBDA p1 : SUBSET p1, S)}. The parameter names cannot be
   * written in TLA+, so they never capture a name of the spec.
   */
  private static final List<String> BUILT_IN_PREFIX = List.of("~", "[]", "<>", "SUBSET", "UNION", "DOMAIN",
      "ENABLED", "UNCHANGED");
  private static final List<String> BUILT_IN_INFIX = List.of("=", "/=", "\\in", "\\notin", "/\\", "\\/", "=>",
      "<=>", "~>", "-+->", "\\cup", "\\cap", "\\", "\\subseteq", "\\cdot");
  private static final String FIRST = "_1";
  private static final String SECOND = "_2";

  private final TokenCursor in;
  private final ExpressionParser expressions;

  ReferenceParser(TokenCursor in, ExpressionParser expressions) {
    this.in = in;
    this.expressions = expressions;
  }

  Expr nameOrApplication() {
    Token name = in.advance();
    List<Expr> args = List.of();
    if (in.check("(")) {
      args = arguments();
    }
    if (!in.check("!")) {
      return new Expr.Apply(name.text(), args, in.spanFrom(name));
    }
    List<Expr.RefStep> steps = new ArrayList<>();
    steps.add(new Expr.RefStep(name.text(), args, in.spanFrom(name)));
    while (in.check("!")) {
      steps.add(selector(true));
    }
    return new Expr.InstanceRef(steps, in.spanFrom(name));
  }

  /** The subscript {@code v} of {@code [A]_v} when it is a name: {@code vars} or {@code I!vars}, without arguments. */
  Expr subscriptName() {
    Token name = in.advance();
    if (!in.check("!")) {
      return new Expr.Apply(name.text(), List.of(), in.span(name));
    }
    List<Expr.RefStep> steps = new ArrayList<>();
    steps.add(new Expr.RefStep(name.text(), List.of(), in.span(name)));
    while (in.check("!")) {
      steps.add(selector(false));
    }
    return new Expr.InstanceRef(steps, in.spanFrom(name));
  }

  /** One {@code !} step; {@code withArguments} is false in a subscript, where {@code (} starts the action of WF_. */
  private Expr.RefStep selector(boolean withArguments) {
    Token bang = in.advance();
    Token member = in.peek();
    String memberName;
    if (member.kind() == Token.Kind.IDENT || member.kind() == Token.Kind.NUMBER || member.is(":")) {
      memberName = in.advance().text(); // Th!: is the body of a theorem or definition.
    } else if (member.is("<<") || member.is(">>")) {
      // SANY reads !<< and !>> as !1 and !2 (the left and right operand).
      in.advance();
      memberName = member.is("<<") ? "1" : "2";
    } else if (member.is("@")) {
      in.advance();
      return new Expr.RefStep(Expr.RefStep.BOUND_OPERATOR, List.of(), in.spanFrom(member));
    } else if (member.is("(")) {
      // Def!(1, 2): the body of a bound expression, its bound identifiers taking the arguments.
      List<Expr> boundArgs = arguments();
      return new Expr.RefStep(Expr.RefStep.BOUND_BODY, boundArgs, in.spanFrom(member));
    } else if (member.kind() == Token.Kind.SYMBOL && (Operators.isInfix(member.text()) || member.is("-")
        || member.is("~") || Operators.isPostfix(member.text()))) {
      // N!+(a, b) is how an operator symbol of an instance is referenced.
      in.advance();
      memberName = member.text();
    } else {
      throw in.fail(member.kind() == Token.Kind.EOF ? bang : member, "the subexpression selector '!"
          + member.text() + "' is not supported (only N!Op, N!Op(args), labels, positions such as Inv!2,"
          + " !<<, !>>, !(args), !@ and Th!:)");
    }
    List<Expr> memberArgs = withArguments && in.check("(") ? arguments() : List.of();
    if (memberName.equals("-") && memberArgs.size() == 1) {
      memberName = "-.";
    }
    return new Expr.RefStep(memberName, memberArgs, in.spanFrom(member));
  }

  /** {@code +(4, 6)}, {@code -.(3)}: an operator applied in prefix form, the same as {@code 4 + 6}, {@code -3}. */
  Expr prefixFormApplication() {
    Token op = in.advance();
    List<Expr> args = arguments();
    int arity = op.is("-.") ? 1 : 2;
    if (args.size() != arity) {
      throw in.fail(op, "the operator " + op.text() + " takes " + arity + " arguments, not " + args.size());
    }
    return new Expr.Apply(op.text(), args, in.spanFrom(op));
  }

  private List<Expr> arguments() {
    in.expect("(", "'('");
    List<Expr> args = new ArrayList<>();
    do {
      args.add(argument());
    } while (in.match(","));
    in.expect(")", "')' after the arguments");
    return args;
  }

  /** An operator argument: an expression, a LAMBDA, or a bare operator symbol such as {@code +}. */
  private Expr argument() {
    Token t = in.peek();
    boolean bare = in.peekAhead(1).is(",") || in.peekAhead(1).is(")");
    if (!bare || t.kind() != Token.Kind.SYMBOL && t.kind() != Token.Kind.KEYWORD) {
      return expressions.expression();
    }
    if (BUILT_IN_PREFIX.contains(t.text()) || t.is("'")) {
      in.advance();
      return builtInOperator(t, 1);
    }
    if (BUILT_IN_INFIX.contains(t.text())) {
      in.advance();
      return builtInOperator(t, 2);
    }
    if (t.kind() == Token.Kind.SYMBOL && (Operators.isInfix(t.text()) || Operators.isPostfix(t.text())
        || t.is("-") || t.is("-."))) {
      in.advance();
      return new Expr.Apply(t.text(), List.of(), in.span(t));
    }
    return expressions.expression();
  }

  /** The LAMBDA a built-in operator passed by its symbol stands for. */
  private Expr builtInOperator(Token op, int arity) {
    var span = in.span(op);
    Expr first = new Expr.Apply(FIRST, List.of(), span);
    if (arity == 2) {
      Expr second = new Expr.Apply(SECOND, List.of(), span);
      Expr body = switch (op.text()) {
        case "/\\" -> new Expr.And(List.of(first, second), span);
        case "\\/" -> new Expr.Or(List.of(first, second), span);
        default -> new Expr.Apply(op.text(), List.of(first, second), span);
      };
      return new Expr.Lambda(List.of(FIRST, SECOND), body, span);
    }
    Expr body = switch (op.text()) {
      case "[]" -> new Expr.Always(first, span);
      case "<>" -> new Expr.Eventually(first, span);
      case "ENABLED" -> new Expr.Enabled(first, span);
      case "UNCHANGED" -> new Expr.Unchanged(first, span);
      case "'" -> new Expr.Prime(first, span);
      default -> new Expr.Apply(op.text(), List.of(first), span);
    };
    return new Expr.Lambda(List.of(FIRST), body, span);
  }
}

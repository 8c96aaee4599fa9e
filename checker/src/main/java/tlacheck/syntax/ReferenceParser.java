package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.syntax.ast.Expr;

/**
 * Reads names and what may follow them: arguments {@code F(a, b)} and the steps of a {@code !}
 * reference ({@code N!Op}, {@code N(x)!Op(a)}, {@code Inv!2}, {@code Th!:}).
 */
final class ReferenceParser {
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
      Token bang = in.advance();
      Token member = in.peek();
      String memberName;
      if (member.kind() == Token.Kind.IDENT || member.kind() == Token.Kind.NUMBER || member.is(":")) {
        memberName = in.advance().text(); // Th!: is the body of a theorem or definition.
      } else if (member.kind() == Token.Kind.SYMBOL && (Operators.isInfix(member.text()) || member.is("-")
          || member.is("~") || Operators.isPostfix(member.text()))) {
        // N!+(a, b) is how an operator symbol of an instance is referenced.
        in.advance();
        memberName = member.text();
      } else {
        throw in.fail(member.kind() == Token.Kind.EOF ? bang : member, "the subexpression selector '!"
            + member.text() + "' is not supported (only N!Op, N!Op(args), positions such as Inv!2, and Th!:)");
      }
      List<Expr> memberArgs = in.check("(") ? arguments() : List.of();
      if (memberName.equals("-") && memberArgs.size() == 1) {
        memberName = "-.";
      }
      steps.add(new Expr.RefStep(memberName, memberArgs, in.spanFrom(member)));
    }
    return new Expr.InstanceRef(steps, in.spanFrom(name));
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
    if (t.kind() == Token.Kind.SYMBOL && (Operators.isInfix(t.text()) || t.is("-"))
        && (in.peekAhead(1).is(",") || in.peekAhead(1).is(")")) && !t.is("/\\") && !t.is("\\/")) {
      in.advance();
      return new Expr.Apply(t.text(), List.of(), in.span(t));
    }
    return expressions.expression();
  }
}

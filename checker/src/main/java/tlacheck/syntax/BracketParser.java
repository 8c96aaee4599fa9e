package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.syntax.ast.Expr;

/**
 * Reads what opens with a bracket: sets ({@code {a, b}}, {@code {x \in S : P}},
 * {@code {e : x \in S}}), square brackets (functions, records, sets of functions and records,
 * EXCEPT, {@code [A]_v}) and tuples ({@code <<a, b>>}, {@code <<A>>_v}). Which form a bracket
 * holds is decided by looking ahead, or by a speculative parse that backs up.
 */
final class BracketParser {
  private final TokenCursor in;
  private final ExpressionParser expressions;

  BracketParser(TokenCursor in, ExpressionParser expressions) {
    this.in = in;
    this.expressions = expressions;
  }

  private Expr expression() {
    return expressions.expression();
  }

  Expr setExpression() {
    Token open = in.advance();
    if (in.check("}")) {
      in.advance();
      return new Expr.SetEnum(List.of(), in.spanFrom(open));
    }
    int save = in.position();
    // {x \in S : P} and {<<x, y>> \in S : P}
    if (looksLikeBound()) {
      Expr.Bound bound = expressions.bound();
      if (in.match(":")) {
        Expr predicate = expression();
        in.expect("}", "'}'");
        return new Expr.SetFilter(bound, predicate, in.spanFrom(open));
      }
      in.reset(save);
    }
    Expr first = expression();
    if (in.match(":")) {
      List<Expr.Bound> bounds = expressions.boundList();
      in.expect("}", "'}'");
      return new Expr.SetMap(first, bounds, in.spanFrom(open));
    }
    List<Expr> elements = new ArrayList<>();
    elements.add(first);
    while (in.match(",")) {
      elements.add(expression());
    }
    in.expect("}", "'}' to close the set");
    return new Expr.SetEnum(elements, in.spanFrom(open));
  }

  /** True when the next tokens read {@code x \in} or {@code <<x, y>> \in}. */
  private boolean looksLikeBound() {
    if (in.peek().kind() == Token.Kind.IDENT && in.peekAhead(1).is("\\in")) {
      return true;
    }
    if (!in.peek().is("<<")) {
      return false;
    }
    int i = 1;
    while (true) {
      Token t = in.peekAhead(i);
      if (t.kind() != Token.Kind.IDENT) {
        return false;
      }
      Token after = in.peekAhead(i + 1);
      if (after.is(">>")) {
        return in.peekAhead(i + 2).is("\\in");
      }
      if (!after.is(",")) {
        return false;
      }
      i += 2;
    }
  }

  Expr bracketExpression() {
    Token open = in.advance();
    Token first = in.peek();
    // SANY takes a keyword as the first field name of a record ([NEW |-> 1]), not as a later one.
    if (ExpressionParser.isFieldName(first) && in.peekAhead(1).is("|->")) {
      List<String> fields = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      fields.add(in.advance().text());
      in.expect("|->", "'|->'");
      values.add(expression());
      while (in.match(",")) {
        fields.add(uniqueField(fields, "record", "|->"));
        in.expect("|->", "'|->'");
        values.add(expression());
      }
      in.expect("]", "']' to close the record");
      return new Expr.RecordCtor(fields, values, in.spanFrom(open));
    }
    if (first.kind() == Token.Kind.IDENT && in.peekAhead(1).is(":")) {
      List<String> fields = new ArrayList<>();
      List<Expr> sets = new ArrayList<>();
      do {
        fields.add(uniqueField(fields, "set of records", ":"));
        in.expect(":", "':'");
        sets.add(expression());
      } while (in.match(","));
      in.expect("]", "']' to close the set of records");
      return new Expr.RecordSet(fields, sets, in.spanFrom(open));
    }
    int save = in.position();
    if (looksLikeBound() || first.kind() == Token.Kind.IDENT && in.peekAhead(1).is(",")) {
      int errorCount = in.errors.size();
      List<Expr.Bound> bounds = null;
      try {
        bounds = expressions.boundList();
      } catch (TokenCursor.ParseError e) {
        in.dropErrorsAfter(errorCount);
      }
      if (bounds != null && in.match("|->")) {
        // A function constructor for certain: an error in its body is reported as it is.
        Expr body = expression();
        in.expect("]", "']' to close the function");
        return new Expr.FcnCtor(bounds, body, in.spanFrom(open));
      }
      in.reset(save);
    }
    Expr e = expression();
    if (in.match("->")) {
      Expr range = expression();
      in.expect("]", "']' to close the set of functions");
      return new Expr.FcnSet(e, range, in.spanFrom(open));
    }
    if (in.match("EXCEPT")) {
      return except(open, e);
    }
    if (in.match("]_")) {
      Expr subscript = expressions.subscript();
      return new Expr.ActionBox(e, subscript, false, in.spanFrom(open));
    }
    throw in.fail(in.peek(), "unexpected " + in.peek().describe() + " in a bracket expression");
  }

  /** A field name of a record constructor, refused (as SANY does) if an earlier field has it. */
  private String uniqueField(List<String> earlier, String what, String arrow) {
    Token field = in.expectIdentifier("a field name");
    if (earlier.contains(field.text())) {
      throw in.fail(field, "the field " + field.text() + " appears twice in this " + what + " ["
          + field.text() + " " + arrow + " ...]; SANY refuses non-unique fields in a constructor");
    }
    return field.text();
  }

  private Expr except(Token open, Expr function) {
    List<Expr.ExceptClause> clauses = new ArrayList<>();
    do {
      in.expect("!", "'!' to start an EXCEPT clause");
      List<Expr.PathStep> path = new ArrayList<>();
      do {
        if (in.match(".")) {
          Token field = in.peek();
          if (!ExpressionParser.isFieldName(field)) {
            throw in.fail(field, "expected a field name but found " + field.describe());
          }
          path.add(new Expr.PathStep(in.advance().text(), null));
        } else {
          in.expect("[", "'[' or '.' in an EXCEPT path");
          List<Expr> args = new ArrayList<>();
          do {
            args.add(expression());
          } while (in.match(","));
          in.expect("]", "']'");
          path.add(new Expr.PathStep(null, args));
        }
      } while (in.check(".") || in.check("["));
      in.expect("=", "'=' in an EXCEPT clause");
      clauses.add(new Expr.ExceptClause(path, expression()));
    } while (in.match(","));
    in.expect("]", "']' to close the EXCEPT");
    return new Expr.Except(function, clauses, in.spanFrom(open));
  }

  Expr tupleExpression() {
    Token open = in.advance();
    List<Expr> elements = new ArrayList<>();
    if (!in.check(">>") && !in.check(">>_")) {
      do {
        elements.add(expression());
      } while (in.match(","));
    }
    if (in.match(">>_")) {
      if (elements.size() != 1) {
        throw in.fail(open, "<<A>>_v needs exactly one action A");
      }
      Expr subscript = expressions.subscript();
      return new Expr.ActionBox(elements.get(0), subscript, true, in.spanFrom(open));
    }
    in.expect(">>", "'>>' to close the tuple");
    return new Expr.Tuple(elements, in.spanFrom(open));
  }
}

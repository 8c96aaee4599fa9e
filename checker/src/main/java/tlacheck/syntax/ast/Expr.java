package tlacheck.syntax.ast;

import java.util.List;
import tlacheck.source.Span;

/**
 * Expressions as written. Built-in and user-defined operators, prefix and infix alike, are all
 * {@link Apply} nodes named by their canonical symbol ({@code "+"}, {@code "\\in"}, {@code "-."}
 * for unary minus), so a user-defined infix operator and a standard one look the same here;
 * the resolver decides what each name means.
 */
public sealed interface Expr {
  Span span();

  record Num(String digits, Span span) implements Expr {}

  record Str(String value, Span span) implements Expr {}

  record Bool(boolean value, Span span) implements Expr {}

  /** An identifier or an operator application; {@code args} is empty for a plain identifier. */
  record Apply(String name, List<Expr> args, Span span) implements Expr {}

  /**
   * One step of a {@code !} path: a name with its arguments (an instance, a definition, a label),
   * a position such as {@code 2} ({@code !<<} and {@code !>>} are read as {@code !1} and {@code !2}),
   * {@code !(a, b)} (named {@link #BOUND_BODY}: the body of a quantifier, CHOOSE, set or function
   * constructor with its bound identifiers taking the arguments) or {@code !@} (named
   * {@link #BOUND_OPERATOR}: that body as an operator of the bound identifiers).
   */
  record RefStep(String name, List<Expr> args, Span span) {
    public static final String BOUND_BODY = "()";
    public static final String BOUND_OPERATOR = "@";

    /** A position ({@code !2}), the whole body ({@code !:}), or a bound body ({@code !(a)}, {@code !@}). */
    public boolean positional() {
      return !name.isEmpty() && (Character.isDigit(name.charAt(0)) || name.equals(":") || name.equals(BOUND_BODY)
          || name.equals(BOUND_OPERATOR));
    }
  }

  /**
   * {@code N!Op(args)}, {@code N(x)!Op}, {@code A!B!Op} (names of instances, then a definition)
   * or {@code Inv!2} (a positional subexpression of a definition): at least two steps.
   */
  record InstanceRef(List<RefStep> steps, Span span) implements Expr {}

  /**
   * {@code P0:: e} or {@code R(x, y):: e}: a label, which names {@code body} for a selector such as
   * {@code Def!P0} and is otherwise transparent ({@code params} are bound identifiers in scope).
   */
  record Label(String name, List<String> params, Expr body, Span span) implements Expr {}

  /** A parenthesised expression (kept so that {@code (A \X B) \X C} differs from {@code A \X B \X C}). */
  record Paren(Expr inner, Span span) implements Expr {}

  record And(List<Expr> items, Span span) implements Expr {}

  record Or(List<Expr> items, Span span) implements Expr {}

  record If(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}

  record CaseArm(Expr guard, Expr result) {}

  record Case(List<CaseArm> arms, Expr other, Span span) implements Expr {}

  record Let(List<Unit> definitions, Expr body, Span span) implements Expr {}

  /**
   * {@code x, y \in S} binds two names to elements of S; {@code <<x, y>> \in S} binds one tuple
   * ({@code tuple} is true). {@code set} is null for an unbounded quantifier.
   */
  record Bound(List<String> names, boolean tuple, Expr set, Span span) {}

  record Quantifier(boolean universal, List<Bound> bounds, Expr body, Span span) implements Expr {}

  record Choose(Bound bound, Expr body, Span span) implements Expr {}

  record SetEnum(List<Expr> elements, Span span) implements Expr {}

  record SetFilter(Bound bound, Expr predicate, Span span) implements Expr {}

  record SetMap(Expr element, List<Bound> bounds, Span span) implements Expr {}

  record FcnCtor(List<Bound> bounds, Expr body, Span span) implements Expr {}

  /** {@code f[a]}, or {@code f[a, b]} which applies f to the tuple {@code <<a, b>>}. */
  record FcnApp(Expr function, List<Expr> args, Span span) implements Expr {}

  record FcnSet(Expr domain, Expr range, Span span) implements Expr {}

  record RecordCtor(List<String> fields, List<Expr> values, Span span) implements Expr {}

  record RecordSet(List<String> fields, List<Expr> sets, Span span) implements Expr {}

  record Field(Expr record, String field, Span span) implements Expr {}

  /** One step of an EXCEPT path: {@code .name} (field) or {@code [a, b]} (args). */
  record PathStep(String field, List<Expr> args) {}

  record ExceptClause(List<PathStep> path, Expr value) {}

  record Except(Expr function, List<ExceptClause> clauses, Span span) implements Expr {}

  /** {@code @} inside an EXCEPT value. */
  record At(Span span) implements Expr {}

  record Tuple(List<Expr> elements, Span span) implements Expr {}

  record Prime(Expr inner, Span span) implements Expr {}

  record Unchanged(Expr inner, Span span) implements Expr {}

  record Enabled(Expr inner, Span span) implements Expr {}

  /** {@code [A]_v} (angle false) or {@code <<A>>_v} (angle true). */
  record ActionBox(Expr action, Expr subscript, boolean angle, Span span) implements Expr {}

  /** {@code []P}. */
  record Always(Expr inner, Span span) implements Expr {}

  /** {@code <>P}. */
  record Eventually(Expr inner, Span span) implements Expr {}

  /** {@code WF_v(A)} (strong false) or {@code SF_v(A)} (strong true). */
  record Fairness(boolean strong, Expr subscript, Expr action, Span span) implements Expr {}

  record Lambda(List<String> params, Expr body, Span span) implements Expr {}
}

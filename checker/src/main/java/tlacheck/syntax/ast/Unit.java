package tlacheck.syntax.ast;

import java.util.List;
import tlacheck.source.Span;

/** The top-level (and LET-level) pieces of a module. */
public sealed interface Unit {
  Span span();

  /** A formal parameter; {@code arity > 0} for an operator parameter such as {@code F(_, _)}. */
  record Param(String name, int arity) {}

  record OpDef(String name, List<Param> params, Expr body, boolean local, Span span) implements Unit {}

  /** {@code f[x \in S] == body}: a (possibly recursive) function definition. */
  record FcnDef(String name, List<Expr.Bound> bounds, Expr body, boolean local, Span span) implements Unit {}

  record Constants(List<Param> names, Span span) implements Unit {}

  record Variables(List<String> names, Span span) implements Unit {}

  record Assume(String name, Expr body, Span span) implements Unit {}

  /** {@code RECURSIVE F(_)}: forward declaration, needed only for mutual recursion. */
  record Recursive(List<Param> names, Span span) implements Unit {}

  record Substitution(String name, Expr value) {}

  /**
   * {@code INSTANCE M WITH a <- e}; {@code name} is null for a plain (unnamed) instance, and
   * {@code params} are the parameters of {@code Name(p) == INSTANCE ...}; {@code moduleSpan} is
   * where the module's name is written.
   */
  record Instance(String name, List<Param> params, String module, Span moduleSpan, List<Substitution> substitutions,
      boolean local, Span span) implements Unit {}

  /**
   * A module written inside another ({@code ---- MODULE Inner ----} ... {@code ====}); it may use
   * the declarations and definitions of the enclosing module that precede it.
   */
  record Submodule(Module module, Span span) implements Unit {}

  /** THEOREM, LEMMA, proofs and the like: parsed over and ignored for checking. */
  record Ignored(String what, Span span) implements Unit {}
}

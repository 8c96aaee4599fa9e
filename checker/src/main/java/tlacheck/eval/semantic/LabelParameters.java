package tlacheck.eval.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Labels;
import tlacheck.syntax.ast.Unit;

/**
 * SANY's rule for the parameters of a label ({@code \A y \in S : P(y) :: e}): they are exactly the
 * identifiers bound between the label and the enclosing label, or the start of the definition
 * (a LET definition starts afresh), by quantifiers, CHOOSE, and set and function constructors.
 * Measured with SANY 2.2 of TLC 2.18, whose messages these are.
 */
final class LabelParameters {
  private final BiConsumer<Span, String> report;

  LabelParameters(BiConsumer<Span, String> report) {
    this.report = report;
  }

  void check(Unit unit) {
    if (unit instanceof Unit.OpDef d) {
      walk(d.body(), List.of(), List.of());
    } else if (unit instanceof Unit.FcnDef f) {
      walk(f.body(), names(f.bounds()), names(f.bounds()));
    } else if (unit instanceof Unit.Assume a) {
      walk(a.body(), List.of(), List.of());
    }
  }

  /**
   * @param pending identifiers bound since the enclosing label (a label here must name them)
   * @param bound every identifier bound in the definition around {@code e}
   */
  private void walk(Expr e, List<String> pending, List<String> bound) {
    if (e instanceof Expr.Label label) {
      label(label, pending, bound);
      walk(label.body(), List.of(), bound);
    } else if (e instanceof Expr.Let let) {
      for (Unit def : let.definitions()) {
        check(def);
      }
      walk(let.body(), pending, bound);
    } else if (e instanceof Expr.Quantifier q) {
      scoped(q.bounds(), q.body(), pending, bound);
    } else if (e instanceof Expr.Choose c) {
      scoped(List.of(c.bound()), c.body(), pending, bound);
    } else if (e instanceof Expr.SetFilter f) {
      scoped(List.of(f.bound()), f.predicate(), pending, bound);
    } else if (e instanceof Expr.SetMap m) {
      scoped(m.bounds(), m.element(), pending, bound);
    } else if (e instanceof Expr.FcnCtor f) {
      scoped(f.bounds(), f.body(), pending, bound);
    } else {
      for (Expr child : Labels.children(e)) {
        walk(child, pending, bound);
      }
    }
  }

  private void scoped(List<Expr.Bound> bounds, Expr body, List<String> pending, List<String> bound) {
    for (Expr.Bound b : bounds) {
      if (b.set() != null) {
        walk(b.set(), pending, bound);
      }
    }
    walk(body, concat(pending, names(bounds)), concat(bound, names(bounds)));
  }

  private void label(Expr.Label label, List<String> pending, List<String> bound) {
    for (String param : label.params()) {
      if (!bound.contains(param)) {
        report.accept(label.span(), "Illegal parameter " + param + " of label `" + label.name() + "': a label's"
            + " parameters are the identifiers bound around it");
      }
    }
    for (String name : pending) {
      if (!label.params().contains(name)) {
        report.accept(label.span(), "Label " + label.name() + " must contain formal parameter `" + name + "'"
            + " (a label names every identifier bound between it and the enclosing label or definition: write "
            + label.name() + "(" + String.join(", ", pending) + ") :: ...)");
      }
    }
    List<String> extra = new ArrayList<>();
    for (String param : label.params()) {
      if (!pending.contains(param)) {
        extra.add(param);
      }
    }
    if (!extra.isEmpty()) {
      report.accept(label.span(), "Label " + label.name() + " declares extra parameter(s) " + String.join(", ", extra)
          + " (only the identifiers bound between it and the enclosing label or definition: "
          + (pending.isEmpty() ? "none" : String.join(", ", pending)) + ")");
    }
  }

  private static List<String> names(List<Expr.Bound> bounds) {
    List<String> names = new ArrayList<>();
    bounds.forEach(b -> names.addAll(b.names()));
    return names;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

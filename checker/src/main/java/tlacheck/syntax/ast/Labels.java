package tlacheck.syntax.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the label a selector such as {@code Def!P0} names. As in SANY, a label is found only at
 * its own level: inside the expression, but not inside another label (that one is reached as
 * {@code Def!P1!Q1}) nor inside the definitions of a LET.
 */
public final class Labels {
  /** The label {@code name} at the top level of {@code e}, or null. */
  public static Expr.Label find(Expr e, String name) {
    if (e instanceof Expr.Label label) {
      return label.name().equals(name) ? label : null;
    }
    for (Expr child : children(e)) {
      Expr.Label found = find(child, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The direct subexpressions of {@code e} (LET definitions excluded; bounds' sets included). */
  public static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.Apply a) {
      out.addAll(a.args());
    } else if (e instanceof Expr.InstanceRef r) {
      r.steps().forEach(step -> out.addAll(step.args()));
    } else if (e instanceof Expr.Paren p) {
      out.add(p.inner());
    } else if (e instanceof Expr.And a) {
      out.addAll(a.items());
    } else if (e instanceof Expr.Or o) {
      out.addAll(o.items());
    } else if (e instanceof Expr.If i) {
      out.addAll(List.of(i.condition(), i.then(), i.otherwise()));
    } else if (e instanceof Expr.Case c) {
      c.arms().forEach(arm -> out.addAll(List.of(arm.guard(), arm.result())));
      if (c.other() != null) {
        out.add(c.other());
      }
    } else if (e instanceof Expr.Let l) {
      out.add(l.body());
    } else if (e instanceof Expr.Quantifier q) {
      addBounds(out, q.bounds());
      out.add(q.body());
    } else if (e instanceof Expr.Choose c) {
      addBounds(out, List.of(c.bound()));
      out.add(c.body());
    } else if (e instanceof Expr.SetEnum s) {
      out.addAll(s.elements());
    } else if (e instanceof Expr.SetFilter f) {
      addBounds(out, List.of(f.bound()));
      out.add(f.predicate());
    } else if (e instanceof Expr.SetMap m) {
      out.add(m.element());
      addBounds(out, m.bounds());
    } else if (e instanceof Expr.FcnCtor f) {
      addBounds(out, f.bounds());
      out.add(f.body());
    } else if (e instanceof Expr.FcnApp f) {
      out.add(f.function());
      out.addAll(f.args());
    } else if (e instanceof Expr.FcnSet f) {
      out.addAll(List.of(f.domain(), f.range()));
    } else if (e instanceof Expr.RecordCtor r) {
      out.addAll(r.values());
    } else if (e instanceof Expr.RecordSet r) {
      out.addAll(r.sets());
    } else if (e instanceof Expr.Field f) {
      out.add(f.record());
    } else if (e instanceof Expr.Except x) {
      out.add(x.function());
      for (Expr.ExceptClause clause : x.clauses()) {
        clause.path().forEach(step -> {
          if (step.args() != null) {
            out.addAll(step.args());
          }
        });
        out.add(clause.value());
      }
    } else if (e instanceof Expr.Tuple t) {
      out.addAll(t.elements());
    } else if (e instanceof Expr.Prime p) {
      out.add(p.inner());
    } else if (e instanceof Expr.Unchanged u) {
      out.add(u.inner());
    } else if (e instanceof Expr.Enabled en) {
      out.add(en.inner());
    } else if (e instanceof Expr.ActionBox b) {
      out.addAll(List.of(b.action(), b.subscript()));
    } else if (e instanceof Expr.Always a) {
      out.add(a.inner());
    } else if (e instanceof Expr.Eventually ev) {
      out.add(ev.inner());
    } else if (e instanceof Expr.Fairness f) {
      out.addAll(List.of(f.subscript(), f.action()));
    } else if (e instanceof Expr.Lambda l) {
      out.add(l.body());
    }
    return out;
  }

  private static void addBounds(List<Expr> out, List<Expr.Bound> bounds) {
    for (Expr.Bound bound : bounds) {
      if (bound.set() != null) {
        out.add(bound.set());
      }
    }
  }

  private Labels() {}
}

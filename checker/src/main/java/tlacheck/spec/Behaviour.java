package tlacheck.spec;

import java.util.ArrayList;
import java.util.List;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ActionCall;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * The behaviour a configuration asks to check: INIT and NEXT, or a SPECIFICATION, which is split
 * into its initial predicate, its {@code [][Next]_vars} and its fairness conjuncts (following
 * definitions that are temporal formulas).
 */
final class Behaviour {
  private Behaviour() {}

  /** INIT/NEXT, or SPECIFICATION split into its initial predicate and [][Next]_vars. */
  static void resolveBehaviour(ModelConfig config, ModuleScope root, Compiler compiler, SpecLoader.Parts b) {
    if (config.specification() != null) {
      if (config.init() != null || config.next() != null) {
        throw SpecLoader.configError(config.specification().span(), "give either SPECIFICATION or INIT and NEXT, not both");
      }
      ModelConfig.Named spec = config.specification();
      UserOp op = Compiler.definition(root, spec.name());
      if (op == null || !(op.source instanceof Unit.OpDef def)) {
        throw SpecLoader.configError(spec.span(), "the specification " + spec.name() + " is not defined in the spec");
      }
      List<Expr> inits = new ArrayList<>();
      List<Expr> nexts = new ArrayList<>();
      splitSpecification(def.body(), root, inits, nexts, b.fairnessExprs, 0);
      if (inits.isEmpty() || nexts.size() != 1) {
        throw SpecLoader.configError(spec.span(), "the specification " + spec.name()
            + " must have the form Init /\\ [][Next]_vars (with optional fairness conditions)");
      }
      Expr initExpr = inits.size() == 1 ? inits.get(0) : new Expr.And(inits, inits.get(0).span());
      compiler.impure = false;
      b.init = compiler.compile(initExpr, root, null);
      b.initPure = !compiler.impure;
      b.next = compiler.compile(nexts.get(0), root, null);
      b.nextLabel = labelFor(nexts.get(0), root);
      return;
    }
    if (config.init() == null && config.next() == null) {
      return; // Only assumptions are checked (see load).
    }
    if (config.init() == null || config.next() == null) {
      Span at = config.init() != null ? config.init().span() : config.next().span();
      throw SpecLoader.configError(at, "the configuration needs both INIT and NEXT (or a SPECIFICATION)");
    }
    compiler.impure = false;
    b.init = SpecLoader.namedFormula(config.init(), root, compiler, "initial predicate");
    b.initPure = !compiler.impure;
    b.next = SpecLoader.namedFormula(config.next(), root, compiler, "next-state relation");
    b.nextLabel = labelFor(new Expr.Apply(config.next().name(), List.of(), config.next().span()), root);
  }

  static ActionCall labelFor(Expr next, ModuleScope root) {
    if (next instanceof Expr.Apply a && a.args().isEmpty()) {
      UserOp op = Compiler.definition(root, a.name());
      if (op != null) {
        return ActionCall.named(op.name, ActionCall.bodySpan(op), op.module);
      }
    }
    return ActionCall.named("Next", next.span(), root.name);
  }

  static void splitSpecification(Expr e, ModuleScope root, List<Expr> inits, List<Expr> nexts,
      List<SpecLoader.ScopedExpr> fairness, int depth) {
    if (depth > 20) {
      inits.add(e);
      return;
    }
    if (e instanceof Expr.Paren p) {
      splitSpecification(p.inner(), root, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.And and) {
      for (Expr item : and.items()) {
        splitSpecification(item, root, inits, nexts, fairness, depth + 1);
      }
    } else if (e instanceof Expr.Always always) {
      Expr inner = always.inner();
      while (inner instanceof Expr.Paren p) {
        inner = p.inner();
      }
      if (inner instanceof Expr.ActionBox box && !box.angle()) {
        nexts.add(box.action());
      } else {
        fairness.add(new SpecLoader.ScopedExpr(e, root)); // Another temporal assumption, e.g. []<>P.
      }
    } else if (e instanceof Expr.Fairness || e instanceof Expr.Quantifier q && isFairness(q.body())) {
      fairness.add(new SpecLoader.ScopedExpr(e, root));
    } else if (e instanceof Expr.Apply a && a.args().isEmpty() && isTemporal(e, root, 0)) {
      UserOp op = Compiler.definition(root, a.name());
      splitSpecification(((Unit.OpDef) op.source).body(), op.scope, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.Eventually) {
      fairness.add(new SpecLoader.ScopedExpr(e, root));
    } else {
      inits.add(e);
    }
  }

  static boolean isFairness(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e instanceof Expr.Fairness || e instanceof Expr.And and && and.items().stream().allMatch(Behaviour::isFairness);
  }

  static boolean isTemporal(Expr e, ModuleScope root, int depth) {
    if (depth > 10) {
      return false;
    }
    if (e instanceof Expr.Always || e instanceof Expr.Eventually || e instanceof Expr.Fairness) {
      return true;
    }
    if (e instanceof Expr.Paren p) {
      return isTemporal(p.inner(), root, depth + 1);
    }
    if (e instanceof Expr.Quantifier q) {
      return isTemporal(q.body(), root, depth + 1);
    }
    if (e instanceof Expr.Apply a && a.name().equals("~>")) {
      return true;
    }
    if (e instanceof Expr.And and) {
      return and.items().stream().anyMatch(i -> isTemporal(i, root, depth + 1));
    }
    if (e instanceof Expr.Apply a && a.args().isEmpty()) {
      UserOp op = Compiler.definition(root, a.name());
      return op != null && op.source instanceof Unit.OpDef d && d.params().isEmpty()
          && isTemporal(d.body(), op.scope, depth + 1);
    }
    return false;
  }
}

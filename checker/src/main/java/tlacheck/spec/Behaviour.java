package tlacheck.spec;

import java.util.ArrayList;
import java.util.List;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ActionCall;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
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
      List<SpecLoader.ScopedExpr> inits = new ArrayList<>();
      List<SpecLoader.ScopedExpr> nexts = new ArrayList<>();
      splitSpecification(def.body(), op.scope, inits, nexts, b.fairnessExprs, 0);
      if (inits.isEmpty()) {
        throw SpecLoader.configError(spec.span(), "the specification " + spec.name()
            + " has no initial predicate: it must have the form Init /\\ [][Next]_vars");
      }
      if (nexts.size() != 1) {
        // As TLC: "The configuration file did not specify the next state predicate."
        throw SpecLoader.configError(spec.span(), "the specification " + spec.name() + " does not specify the "
            + "next-state relation: it must have the form Init /\\ [][Next]_vars (with optional fairness conditions)"
            + (nexts.isEmpty() ? "" : ", with one [][Next]_vars"));
      }
      compiler.impure = false;
      b.init = compileConjunction(inits, compiler);
      b.initPure = !compiler.impure;
      SpecLoader.ScopedExpr next = nexts.get(0);
      b.next = compiler.compile(next.expr(), next.scope(), null);
      b.nextLabel = labelFor(next.expr(), next.scope());
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

  /** The conjunction of the parts, each read in its own scope (as one conjunction when they share it). */
  private static Node compileConjunction(List<SpecLoader.ScopedExpr> parts, Compiler compiler) {
    ModuleScope scope = parts.get(0).scope();
    if (parts.stream().allMatch(p -> p.scope() == scope)) {
      List<Expr> exprs = parts.stream().map(SpecLoader.ScopedExpr::expr).toList();
      return compiler.compile(exprs.size() == 1 ? exprs.get(0) : new Expr.And(exprs, exprs.get(0).span()), scope, null);
    }
    return compiler.conjunction(parts.stream().map(SpecLoader.ScopedExpr::expr).toList(),
        parts.stream().map(SpecLoader.ScopedExpr::scope).toList());
  }

  /**
   * Splits a specification formula into its initial predicates, its {@code [][Next]_vars} and its
   * other (fairness or temporal) conjuncts, each with the scope its names are read in: a
   * definition is followed into the module that defines it, and {@code I!Spec} into the instance
   * (whose scope substitutes for its constants and variables).
   */
  static void splitSpecification(Expr e, ModuleScope root, List<SpecLoader.ScopedExpr> inits,
      List<SpecLoader.ScopedExpr> nexts, List<SpecLoader.ScopedExpr> fairness, int depth) {
    if (depth > 20) {
      inits.add(new SpecLoader.ScopedExpr(e, root));
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
        nexts.add(new SpecLoader.ScopedExpr(box.action(), root));
      } else {
        fairness.add(new SpecLoader.ScopedExpr(e, root)); // Another temporal assumption, e.g. []<>P.
      }
    } else if (e instanceof Expr.Fairness || e instanceof Expr.Quantifier q && isFairness(q.body())) {
      fairness.add(new SpecLoader.ScopedExpr(e, root));
    } else if (e instanceof Expr.Apply a && a.args().isEmpty() && isTemporal(e, root, 0)) {
      UserOp op = Compiler.definition(root, a.name());
      splitSpecification(((Unit.OpDef) op.source).body(), op.scope, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.InstanceRef ref && instanceDefinition(ref, root) != null
        && isTemporal(((Unit.OpDef) instanceDefinition(ref, root).source).body(), instanceDefinition(ref, root).scope, 0)) {
      UserOp op = instanceDefinition(ref, root);
      splitSpecification(((Unit.OpDef) op.source).body(), op.scope, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.Eventually) {
      fairness.add(new SpecLoader.ScopedExpr(e, root));
    } else {
      inits.add(new SpecLoader.ScopedExpr(e, root));
    }
  }

  /**
   * The definition {@code N!Op} (or {@code A!B!Op}) names, through instances without parameters,
   * if it is a definition without parameters; else null.
   */
  static UserOp instanceDefinition(Expr.InstanceRef ref, ModuleScope root) {
    ModuleScope scope = root;
    List<Expr.RefStep> steps = ref.steps();
    for (int i = 0; i < steps.size() - 1; i++) {
      Expr.RefStep step = steps.get(i);
      if (!step.args().isEmpty() || !(scope.visible.get(step.name()) instanceof ModuleScope.InstanceSymbol instance)
          || instance.paramCount() > 0) {
        return null;
      }
      scope = instance.scope();
    }
    Expr.RefStep last = steps.get(steps.size() - 1);
    UserOp op = last.args().isEmpty() ? Compiler.definition(scope, last.name()) : null;
    return op != null && op.source instanceof Unit.OpDef d && d.params().isEmpty() ? op : null;
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
    if (e instanceof Expr.InstanceRef ref) {
      UserOp op = instanceDefinition(ref, root);
      return op != null && isTemporal(((Unit.OpDef) op.source).body(), op.scope, depth + 1);
    }
    return false;
  }
}

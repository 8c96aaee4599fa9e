package tlacheck.eval.compile;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.compile.Compiler.Scope;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * The compiler's LET definitions and recursive function definitions: local definitions become
 * entries of the binding chain, evaluated lazily and at most once per binding.
 */
final class LocalDefinitions {
  private final Compiler compiler;

  LocalDefinitions(Compiler compiler) {
    this.compiler = compiler;
  }

  Node let(Expr.Let let, ModuleScope module, Scope scope) {
    List<BinderNodes.LetDefinition> definitions = new ArrayList<>();
    Scope inner = scope;
    // With RECURSIVE, definitions may call later ones: all names are bound before any body.
    boolean recursive = let.definitions().stream().anyMatch(u -> u instanceof Unit.Recursive);
    if (recursive) {
      for (Unit unit : let.definitions()) {
        if (unit instanceof Unit.OpDef d) {
          compiler.checkNewName(d.name(), d.span(), module, inner);
          inner = Scope.push(inner, d.name(), d.params().size());
        } else if (unit instanceof Unit.FcnDef f) {
          compiler.checkNewName(f.name(), f.span(), module, inner);
          inner = Scope.push(inner, f.name(), 0);
        }
      }
    }
    for (Unit unit : let.definitions()) {
      if (unit instanceof Unit.Recursive) {
        continue;
      }
      if (unit instanceof Unit.OpDef d) {
        int arity = d.params().size();
        if (!recursive) {
          compiler.checkNewName(d.name(), d.span(), module, inner);
          inner = Scope.push(inner, d.name(), arity);
        }
        Scope bodyScope = inner;
        boolean added = !recursive && compiler.definingLet.add(d.name());
        Node body;
        try {
          for (Unit.Param p : d.params()) {
            compiler.checkNewName(p.name(), d.span(), module, bodyScope);
            bodyScope = Scope.push(bodyScope, p.name(), p.arity());
          }
          body = compiler.compile(d.body(), module, bodyScope);
        } finally {
          if (added) {
            compiler.definingLet.remove(d.name());
          }
        }
        definitions.add(new BinderNodes.LetDefinition(d.name(), arity, body, body.level <= Node.STATE));
      } else if (unit instanceof Unit.FcnDef f) {
        if (!recursive) {
          compiler.checkNewName(f.name(), f.span(), module, inner);
          inner = Scope.push(inner, f.name(), 0);
        }
        // A recursive function is in scope in its own body: a binder there may not reuse its name.
        Node body = recursiveFunction(f.bounds(), f.body(), f.span(), module, inner);
        definitions.add(new BinderNodes.LetDefinition(f.name(), 0, body, body.level <= Node.STATE));
      } else if (unit instanceof Unit.Instance) {
        throw Compiler.error(unit.span(), "INSTANCE inside LET is not supported yet");
      } else {
        throw Compiler.error(unit.span(), "only definitions may appear in a LET");
      }
    }
    Node body = compiler.compile(let.body(), module, inner);
    BinderNodes.Let node = new BinderNodes.Let(let.span(), definitions.toArray(new BinderNodes.LetDefinition[0]), body,
        recursive);
    node.from(body);
    for (BinderNodes.LetDefinition d : definitions) {
      node.level = Math.max(node.level, d.body().level);
    }
    // The LET's own binders are not outer locals; only what its parts read from outside counts.
    int size = Scope.size(scope);
    node.outermostLocal = Integer.MAX_VALUE;
    for (BinderNodes.LetDefinition d : definitions) {
      if (d.body().outermostLocal < size) {
        node.outermostLocal = Math.min(node.outermostLocal, d.body().outermostLocal);
      }
    }
    if (body.outermostLocal < size) {
      node.outermostLocal = Math.min(node.outermostLocal, body.outermostLocal);
    }
    return node;
  }

  Node recursiveFunction(List<Expr.Bound> bounds, Expr body, Span span, ModuleScope module, Scope scope) {
    // Each domain is evaluated before any argument is bound, so all are compiled in the outer scope.
    List<BinderNodes.Bound> compiled = new ArrayList<>();
    Scope inner = scope;
    for (Expr.Bound b : bounds) {
      Node set = compiler.compile(b.set(), module, scope);
      if (b.tuple()) {
        compiled.add(new BinderNodes.Bound(b.names().toArray(new String[0]), true, set));
        for (String name : b.names()) {
          compiler.checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      } else {
        for (String name : b.names()) {
          compiled.add(new BinderNodes.Bound(new String[] {name}, false, set));
          compiler.checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      }
    }
    if (compiled.size() > 1 && compiled.stream().anyMatch(BinderNodes.Bound::tuple)) {
      throw Compiler.error(span, "a recursive function over several bounds cannot also destructure tuples");
    }
    Node bodyNode = compiler.compile(body, module, inner);
    DataNodes.RecursiveFunction node = new DataNodes.RecursiveFunction(span,
        compiled.toArray(new BinderNodes.Bound[0]), bodyNode);
    int outer = bodyNode.outermostLocal < Scope.size(scope) ? bodyNode.outermostLocal : Integer.MAX_VALUE;
    for (BinderNodes.Bound b : compiled) {
      if (b.set().outermostLocal < Scope.size(scope)) {
        outer = Math.min(outer, b.set().outermostLocal);
      }
    }
    node.outermostLocal = outer;
    return node;
  }
}

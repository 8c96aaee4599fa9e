package tlacheck.eval.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.InstanceNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.PerStateMemo;
import tlacheck.eval.UserOp;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Labels;
import tlacheck.syntax.ast.Unit;

/**
 * Compiles what INSTANCE adds to name resolution: references through instances
 * ({@code N!Op}, {@code N(x)!Op(a)}, {@code A!B!Op}), uses of a substituted CONSTANT or
 * VARIABLE inside an instantiated module, and positional subexpressions ({@code Inv!2}).
 *
 * <p>Design: an instance's definitions are ordinary {@link UserOp}s whose first parameters are
 * the instance's frame, so a reference is an ordinary call with those arguments prepended. A
 * positional subexpression becomes a synthetic definition with the same parameters whose body
 * is the selected part, compiled in the defining module, so it resolves names as the whole
 * definition would.
 */
final class References {
  private final Compiler compiler;
  /** Synthetic definitions for positional selections, per definition and path. */
  private final Map<UserOp, Map<String, UserOp>> selections = new IdentityHashMap<>();
  private final Map<ModuleScope.SubstitutionSymbol, Node> lambdaBodies = new IdentityHashMap<>();

  References(Compiler compiler) {
    this.compiler = compiler;
  }

  Node reference(Expr.InstanceRef ref, ModuleScope module, Compiler.Scope scope) {
    List<Expr.RefStep> steps = ref.steps();
    List<Expr> instanceArgs = new ArrayList<>();
    ModuleScope current = module;
    String path = "";
    for (int i = 0; i < steps.size(); i++) {
      Expr.RefStep step = steps.get(i);
      if (step.positional()) {
        throw Compiler.error(step.span(), "a positional selector such as !" + step.name()
            + " must follow the name of a definition");
      }
      ModuleScope.Symbol symbol = (i == 0 ? current.visible : current.exported).get(step.name());
      if (symbol == null) {
        throw Compiler.error(step.span(), i == 0 ? "unknown instance or definition '" + step.name() + "'"
            : "the instance " + path + " (of module " + current.name + ") has no definition " + step.name());
      }
      path = i == 0 ? step.name() : path + "!" + step.name();
      boolean last = i == steps.size() - 1;
      if (symbol instanceof ModuleScope.InstanceSymbol instance && !last) {
        if (step.args().size() != instance.paramCount()) {
          throw Compiler.error(step.span(), "the instance " + step.name() + " takes " + instance.paramCount()
              + " arguments, not " + step.args().size());
        }
        instanceArgs.addAll(step.args());
        current = instance.scope();
        continue;
      }
      if (last) {
        if (symbol instanceof ModuleScope.SubstitutionSymbol && !instanceArgs.isEmpty()) {
          throw Compiler.error(ref.span(), "a parameter of a parameterised instance (" + path
              + ") cannot be referenced from outside it");
        }
        return compiler.applications.global(step.name(), symbol, instanceArgs, step.args(), ref.span(), module, scope);
      }
      if (!(symbol instanceof ModuleScope.DefinitionSymbol definition)) {
        throw Compiler.error(step.span(), step.name() + " is neither an instance nor a definition, so "
            + path + "!" + steps.get(i + 1).name() + " means nothing");
      }
      List<Expr> args = new ArrayList<>(step.args()); // a label's arguments are appended
      UserOp selected = select(definition.op(), steps.subList(i + 1, steps.size()), ref.span(), args);
      return compiler.applications.call(selected, instanceArgs, args, ref.span(), module, scope);
    }
    throw Compiler.error(ref.span(), "empty reference");
  }

  // ---------------------------------------------------------------- positional subexpressions

  private UserOp select(UserOp op, List<Expr.RefStep> path, Span span, List<Expr> args) {
    if (!(op.source instanceof Unit.OpDef def)) {
      throw Compiler.error(span, "positional selectors (" + op.name + "!" + path.get(0).name()
          + ") apply only to operator definitions");
    }
    StringBuilder key = new StringBuilder();
    Expr selected = def.body();
    List<Unit.Param> params = new ArrayList<>(def.params());
    for (Expr.RefStep step : path) {
      Expr.Label label = step.positional() ? null : Labels.find(selected, step.name());
      if (label != null) {
        // Def!P0(a): the labelled body, its label parameters (bound identifiers) taking the arguments.
        if (label.params().size() != step.args().size()) {
          throw Compiler.error(step.span(), "the label " + step.name() + " takes " + label.params().size()
              + " arguments, not " + step.args().size());
        }
        label.params().forEach(p -> params.add(new Unit.Param(p, 0)));
        args.addAll(step.args());
        selected = label.body();
        key.append('!').append(step.name());
        continue;
      }
      if (!step.positional()) {
        throw Compiler.error(step.span(), "cannot find label " + step.name() + " in " + op.name + " (after a"
            + " definition only labels, positions such as !2, and !: can follow)");
      }
      if (!step.args().isEmpty()) {
        throw Compiler.error(step.span(), "arguments after a positional selector are not supported");
      }
      if (!step.name().equals(":")) {
        selected = part(selected, position(step.name()), step.span());
      }
      key.append('!').append(step.name());
    }
    Map<String, UserOp> byPath = selections.computeIfAbsent(op, k -> new java.util.HashMap<>());
    UserOp done = byPath.get(key.toString());
    if (done != null) {
      return done;
    }
    String name = op.name + key;
    String[] names = java.util.Arrays.copyOf(op.paramNames, op.frame + params.size());
    int[] arities = java.util.Arrays.copyOf(op.paramArities, names.length);
    for (int k = def.params().size(); k < params.size(); k++) {
      names[op.frame + k] = params.get(k).name();
    }
    UserOp synthetic = new UserOp(name, names, arities, selected.span(), op.module,
        new Unit.OpDef(name, params, selected, true, selected.span()));
    synthetic.scope = op.scope;
    synthetic.frame = op.frame;
    byPath.put(key.toString(), synthetic);
    return synthetic;
  }

  private static int position(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The n-th part of an expression: a conjunct or disjunct of a list, an operand, an IF branch. */
  private static Expr part(Expr e, int n, Span at) {
    while (e instanceof Expr.Paren || e instanceof Expr.Label) {
      e = e instanceof Expr.Paren p ? p.inner() : ((Expr.Label) e).body();
    }
    List<Expr> parts;
    if (e instanceof Expr.And and) {
      parts = and.items();
    } else if (e instanceof Expr.Or or) {
      parts = or.items();
    } else if (e instanceof Expr.If i) {
      parts = List.of(i.condition(), i.then(), i.otherwise());
    } else if (e instanceof Expr.Apply a && !a.args().isEmpty()) {
      parts = a.args();
    } else {
      throw Compiler.error(at, "the positional selector !" + n + " is only supported on /\\ and \\/ lists, "
          + "operator applications and IF/THEN/ELSE");
    }
    if (n < 1 || n > parts.size()) {
      throw Compiler.error(at, "!" + n + " selects nothing: the expression has " + parts.size() + " parts");
    }
    return parts.get(n - 1);
  }

  // ---------------------------------------------------------------- substituted parameters

  private static Compiler.Scope frameScope(ModuleScope.SubstitutionSymbol sub) {
    Compiler.Scope scope = null;
    for (String name : sub.frameNames) {
      scope = Compiler.Scope.push(scope, name, 0);
    }
    return scope;
  }

  private Node replacement(ModuleScope.SubstitutionSymbol sub) {
    if (sub.compiled == null) {
      if (sub.compiling) {
        throw Compiler.error(sub.replacement.span(), "the substitution for " + sub.name + " refers to itself");
      }
      sub.compiling = true;
      boolean outer = compiler.impure;
      compiler.impure = false;
      try {
        sub.compiled = compiler.compile(sub.replacement, sub.replacementScope, frameScope(sub));
        sub.impure = compiler.impure;
      } finally {
        sub.compiling = false;
        compiler.impure = outer;
      }
    }
    usesSubstitution(sub);
    return sub.compiled;
  }

  /**
   * Notes a use of a substitution in the definition being compiled: the replacement was
   * compiled once, at its first use, so its impurity is passed on here for every use.
   */
  private void usesSubstitution(ModuleScope.SubstitutionSymbol sub) {
    if (sub.impure) {
      compiler.impure = true;
    }
  }

  /** A use of a substituted CONSTANT or VARIABLE inside the instantiated module. */
  Node substituted(ModuleScope.SubstitutionSymbol sub, List<Expr> args, Span span, ModuleScope module,
      Compiler.Scope scope) {
    int frame = sub.frameNames.length;
    int drop = Compiler.Scope.size(scope) - frame;
    if (drop < 0) {
      throw Compiler.error(span, "internal error: " + sub.name + " is used outside its instance");
    }
    if (sub.arity == 0) {
      if (!args.isEmpty()) {
        throw Compiler.error(span, sub.name + " takes no arguments");
      }
      Node node = replacement(sub);
      if (node instanceof CoreNodes.VarRef v) {
        return new CoreNodes.VarRef(span, v.slot, v.name);
      }
      // Where it reads no binder, where it is evaluated does not matter.
      Node use = node.outermostLocal == Integer.MAX_VALUE ? node : new InstanceNodes.Rebase(span, node, drop);
      if (frame == 0 && node.level == Node.STATE && !sub.impure) {
        // Without instance parameters, a pure state-level replacement is a function of the state.
        if (sub.kept == null) {
          sub.kept = new PerStateMemo();
        }
        use = new InstanceNodes.KeptPerState(span, use, sub.kept);
      }
      return use;
    }
    if (args.size() != sub.arity) {
      throw Compiler.error(span, "the operator " + sub.name + " takes " + sub.arity + " arguments, not "
          + args.size());
    }
    Expr replacement = unparenthesised(sub.replacement);
    if (replacement instanceof Expr.Lambda lambda) {
      Node body = lambdaBody(sub, lambda);
      CallNodes.Arg[] compiled = new CallNodes.Arg[args.size()];
      for (int i = 0; i < compiled.length; i++) {
        compiled[i] = compiler.applications.valueArg(args.get(i), module, scope);
      }
      return new InstanceNodes.LambdaCall(span, body, frame, drop, compiled);
    }
    if (replacement instanceof Expr.Apply a && a.args().isEmpty() && !isFrameName(sub, a.name())) {
      ModuleScope.Symbol symbol = sub.replacementScope.visible.get(a.name());
      if (symbol != null) {
        return compiler.applications.global(a.name(), symbol, List.of(), args, span, module, scope);
      }
    }
    throw Compiler.error(sub.replacement.span(), "the substitution for the operator " + sub.name
        + " must be the name of an operator or a LAMBDA");
  }

  private Node lambdaBody(ModuleScope.SubstitutionSymbol sub, Expr.Lambda lambda) {
    if (lambda.params().size() != sub.arity) {
      throw Compiler.error(lambda.span(), "this LAMBDA takes " + lambda.params().size()
          + " arguments, but " + sub.name + " takes " + sub.arity);
    }
    Node body = lambdaBodies.get(sub);
    if (body == null) {
      Compiler.Scope scope = frameScope(sub);
      for (String p : lambda.params()) {
        scope = Compiler.Scope.push(scope, p, 0);
      }
      boolean outer = compiler.impure;
      compiler.impure = false;
      try {
        body = compiler.compile(lambda.body(), sub.replacementScope, scope);
        sub.impure = compiler.impure;
      } finally {
        compiler.impure = outer;
      }
      lambdaBodies.put(sub, body);
    }
    usesSubstitution(sub);
    return body;
  }

  /** A substituted operator CONSTANT passed on as an argument: {@code F <- G} passes G. */
  CallNodes.OperatorArg operatorArgument(ModuleScope.SubstitutionSymbol sub, int arity, Span span,
      ModuleScope module, Compiler.Scope scope) {
    Expr replacement = unparenthesised(sub.replacement);
    if (sub.arity == arity && replacement instanceof Expr.Apply a && a.args().isEmpty()
        && !isFrameName(sub, a.name())) {
      return compiler.applications.operatorArg(new Expr.Apply(a.name(), List.of(), span), arity, sub.replacementScope, null);
    }
    throw Compiler.error(span, sub.name + " is substituted by an expression that cannot be passed as an "
        + "operator of " + arity + " arguments (only the name of an operator can)");
  }

  private static boolean isFrameName(ModuleScope.SubstitutionSymbol sub, String name) {
    for (String frameName : sub.frameNames) {
      if (frameName.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Expr unparenthesised(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e;
  }
}

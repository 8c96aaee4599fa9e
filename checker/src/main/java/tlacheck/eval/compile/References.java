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
import tlacheck.eval.temporal.TemporalNodes;
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
      ModuleScope.Symbol symbol = i == 0 && compiler.localInstances.containsKey(step.name())
          ? compiler.localInstances.get(step.name()) : (i == 0 ? current.visible : current.exported).get(step.name());
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
        Node node = compiler.applications.global(step.name(), symbol, instanceArgs, step.args(), ref.span(), module,
            scope);
        if (i > 0 && node instanceof CallNodes.OpCall call) {
          call.displayName = path; // I!Step, as TLC names the action
        }
        return node;
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
            + " definition only labels, positions such as !2, !(args), !@ and !: can follow)");
      }
      if (step.name().equals(Expr.RefStep.BOUND_BODY) || step.name().equals(Expr.RefStep.BOUND_OPERATOR)) {
        // Def!(a, b): the body, its bound identifiers taking the arguments (like a label's parameters).
        BoundBody bound = boundBody(selected, step.span(), step.name().equals(Expr.RefStep.BOUND_OPERATOR) ? "@" : "!(...)");
        if (step.name().equals(Expr.RefStep.BOUND_OPERATOR) || bound.names().size() != step.args().size()) {
          throw Compiler.error(step.span(), "Expected " + bound.names().size() + " arguments but found "
              + step.args().size() + " (the selector selects the body of a bound expression, whose bound"
              + " identifiers " + String.join(", ", bound.names()) + " take the arguments: write !("
              + String.join(", ", bound.names()) + ") with values, or pass Def!@ to an operator parameter)");
        }
        bound.names().forEach(p -> params.add(new Unit.Param(p, 0)));
        args.addAll(step.args());
        selected = bound.body();
        key.append("!(").append(bound.names().size()).append(')');
        continue;
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

  /** The bound identifiers of a quantifier, CHOOSE, set or function constructor, and the body they scope. */
  private record BoundBody(List<String> names, Expr body) {}

  private static BoundBody boundBody(Expr e, Span at, String form) {
    while (e instanceof Expr.Paren || e instanceof Expr.Label) {
      e = e instanceof Expr.Paren p ? p.inner() : ((Expr.Label) e).body();
    }
    if (e instanceof Expr.Quantifier q) {
      return new BoundBody(names(q.bounds()), q.body());
    } else if (e instanceof Expr.Choose c) {
      return new BoundBody(c.bound().names(), c.body());
    } else if (e instanceof Expr.SetFilter f) {
      return new BoundBody(f.bound().names(), f.predicate());
    } else if (e instanceof Expr.SetMap m) {
      return new BoundBody(names(m.bounds()), m.element());
    } else if (e instanceof Expr.FcnCtor f) {
      return new BoundBody(names(f.bounds()), f.body());
    }
    throw Compiler.error(at, "Nonexistent operand specified by `" + form + "': the selector applies to a quantifier,"
        + " CHOOSE, or a set or function constructor, which bind identifiers");
  }

  private static List<String> names(List<Expr.Bound> bounds) {
    List<String> names = new ArrayList<>();
    bounds.forEach(b -> names.addAll(b.names()));
    return names;
  }

  /**
   * {@code Def!@} passed to an operator parameter: the selected body as an operator of its bound
   * identifiers, i.e. {@code LAMBDA p1, ..., pn : Def!(p1, ..., pn)} (the parameter names cannot
   * be written in TLA+, so they capture nothing). Null if {@code arg} is not such a reference.
   */
  static Expr.Lambda boundOperator(Expr arg, int arity) {
    if (!(arg instanceof Expr.InstanceRef ref)
        || !ref.steps().get(ref.steps().size() - 1).name().equals(Expr.RefStep.BOUND_OPERATOR)) {
      return null;
    }
    Expr.RefStep at = ref.steps().get(ref.steps().size() - 1);
    List<String> params = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    for (int k = 1; k <= arity; k++) {
      params.add("@" + k);
      values.add(new Expr.Apply("@" + k, List.of(), at.span()));
    }
    List<Expr.RefStep> steps = new ArrayList<>(ref.steps().subList(0, ref.steps().size() - 1));
    steps.add(new Expr.RefStep(Expr.RefStep.BOUND_BODY, values, at.span()));
    return new Expr.Lambda(params, new Expr.InstanceRef(steps, ref.span()), ref.span());
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

  /**
   * {@code ENABLED A} written in a module read through an INSTANCE that substitutes expressions
   * for its variables (a refinement mapping): TLC decides it before substituting, over the
   * module's own variables, whose values are those of the substitutions in the current state
   * ({@code INSTANCE M WITH v <- x % 3}: {@code ENABLED v' = v + 1} holds in every state, though
   * no step of x makes {@code (x % 3)' = x % 3 + 1} when x % 3 = 2). Null where that makes no
   * difference (every variable is substituted by a variable of its own) or does not apply.
   */
  Node enabledBeforeSubstitution(Expr.Enabled en, ModuleScope module, Compiler.Scope scope) {
    if (module.withOwnVariables == null || !module.substitutes) {
      return null;
    }
    ModuleScope own = module.withOwnVariables.get();
    if (own == null || own.ownVariables.length == 0) {
      return null;
    }
    String[] names = own.ownVariables;
    Node[] values = new Node[names.length];
    java.util.Set<Integer> slots = new java.util.HashSet<>();
    boolean renaming = true;
    for (int i = 0; i < names.length; i++) {
      values[i] = compiler.compile(new Expr.Apply(names[i], List.of(), en.span()), module, scope);
      renaming &= values[i] instanceof CoreNodes.VarRef v && slots.add(v.slot);
    }
    if (renaming) {
      return null;
    }
    Node action = compiler.compile(en.inner(), own, scope);
    return new TemporalNodes.EnabledBeforeSubstitution(en.span(), action, names, values);
  }

  // ---------------------------------------------------------------- substituted parameters

  private static Compiler.Scope frameScope(ModuleScope.SubstitutionSymbol sub) {
    Compiler.Scope scope = null;
    for (String name : sub.frameNames) {
      scope = Compiler.Scope.push(scope, name, 0);
    }
    return scope;
  }

  Node replacement(ModuleScope.SubstitutionSymbol sub) {
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

package tlacheck.eval.compile;

import java.util.List;
import tlacheck.eval.ArgsMemo;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.SetOps;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler.Scope;
import tlacheck.eval.stdlib.StandardModules;
import tlacheck.eval.temporal.TemporalNodes;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.PowerSetValue;
import tlacheck.value.ProductSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Values;

/**
 * The compiler's applications: a name applied to arguments, resolved to a local binder, an
 * operator of TLA+ itself, a definition (with its arguments passed lazily, by value or as
 * operators), a constant or its substitute, or a standard module's operator.
 */
final class Applications {
  private final Compiler compiler;

  Applications(Compiler compiler) {
    this.compiler = compiler;
  }

  /**
   * What an argument may bind a parameter to, for {@link UserOp#passes}: TRUE if perhaps a
   * variable, FALSE if never, or the name it passes on (decided later, from that name's binder).
   */
  static Object variableSource(CallNodes.Arg arg) {
    if (arg instanceof CallNodes.ForwardArg forward) {
      CoreNodes.LocalRef ref = (CoreNodes.LocalRef) forward.node;
      return ref.boundToValue ? Boolean.FALSE : ref;
    }
    if (arg instanceof CallNodes.ValueArg) {
      return Boolean.FALSE;
    }
    if (arg instanceof CallNodes.LazyArg lazy) {
      // Only an expression that stands for a (primed) variable or a name can be assigned through
      // (see ShapeAnalysis#followed); any other is evaluated.
      Node name = ShapeAnalysis.followed(lazy.node);
      return name == null || name instanceof CoreNodes.VarRef || name instanceof CoreNodes.PrimedVarRef
          || name instanceof CoreNodes.LocalRef ? Boolean.TRUE : Boolean.FALSE;
    }
    return Boolean.TRUE; // A variable, or an operator argument.
  }

  Node apply(Expr.Apply a, ModuleScope module, Scope scope) {
    String name = a.name();
    Span span = a.span();
    List<Expr> args = a.args();
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent(), depth++) {
      if (s.name().equals(name)) {
        if (compiler.definingLocally.contains(s)) {
          compiler.recursiveReferences++;
        }
        if (s.arity() == 0) {
          if (!args.isEmpty()) {
            throw Compiler.error(span, name + " is not an operator; it takes no arguments");
          }
          return Compiler.localRef(span, depth, s);
        }
        if (args.size() != s.arity()) {
          throw Compiler.error(span, "the operator " + name + " takes " + s.arity() + " arguments, not " + args.size());
        }
        CallNodes.Arg[] compiled = new CallNodes.Arg[args.size()];
        for (int i = 0; i < compiled.length; i++) {
          compiled[i] = valueArg(args.get(i), module, scope);
        }
        CallNodes.LocalOpCall call = new CallNodes.LocalOpCall(span, depth, name, compiled, s.size() - 1);
        call.level = Math.max(call.level, s.level());
        return call;
      }
    }
    Node core = coreOperator(name, args, span, module, scope);
    if (core != null) {
      return core;
    }
    ModuleScope.Symbol symbol = module.visible.get(name);
    if (symbol == null) {
      throw Compiler.error(span, "unknown operator '" + name + "'" + hint(name, module));
    }
    return global(name, symbol, List.of(), args, span, module, scope);
  }

  /**
   * An application of a module-level symbol; {@code instanceArgs} are the arguments of the
   * parameterised instances on the way ({@code N(x)!Op}). Arguments are compiled in
   * {@code module} and {@code scope}, where the reference is written.
   */
  Node global(String name, ModuleScope.Symbol symbol, List<Expr> instanceArgs, List<Expr> args, Span span,
      ModuleScope module, Scope scope) {
    if (symbol instanceof ModuleScope.SubstitutionSymbol sub) {
      return compiler.references.substituted(sub, args, span, module, scope);
    }
    if (symbol instanceof ModuleScope.InstanceSymbol) {
      throw Compiler.error(span, name + " is an instance of a module; name one of its definitions, as in " + name + "!Op");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d) {
      return call(d.op(), instanceArgs, args, span, module, scope);
    }
    if (symbol instanceof ModuleScope.VariableSymbol v) {
      if (!args.isEmpty()) {
        throw Compiler.error(span, "the variable " + name + " is not an operator");
      }
      return new CoreNodes.VarRef(span, v.slot(), name);
    }
    if (symbol instanceof ModuleScope.ConstantSymbol c) {
      if (c.substitute != null) {
        return call(c.substitute, args, span, module, scope);
      }
      if (c.value == null) {
        throw new TlaError(TlaError.Kind.CONFIG, span, "the constant " + name
            + " has no value: assign it in the model configuration (CONSTANT " + name + " = ...)");
      }
      if (!args.isEmpty()) {
        throw Compiler.error(span, "the constant " + name + " takes no arguments");
      }
      return new CoreNodes.Const(span, c.value);
    }
    UserOp override = compiler.builtinOverrides.get(name);
    if (override != null) {
      return call(override, args, span, module, scope);
    }
    BuiltinOp op = ((ModuleScope.BuiltinSymbol) symbol).op();
    if (args.size() != op.arity()) {
      throw Compiler.error(span, "the operator " + name + " takes " + op.arity() + " arguments, not " + args.size());
    }
    Node[] values = new Node[args.size()];
    CallNodes.OperatorArg[] operators = new CallNodes.OperatorArg[args.size()];
    for (int i = 0; i < values.length; i++) {
      if (op.paramArities()[i] > 0) {
        operators[i] = operatorArg(args.get(i), op.paramArities()[i], module, scope);
        values[i] = operators[i].node;
      } else {
        values[i] = compiler.compile(args.get(i), module, scope);
      }
    }
    Node node = op.factory().make(span, values, operators);
    node.level = Math.max(node.level, op.level());
    if (op.level() == Node.STATE) {
      compiler.impure = true; // Print, TLCGet, RandomElement, ...: effects, or not a function of the state.
      if (node instanceof CallNodes.Builtin1 b) {
        b.effects = true;
      } else if (node instanceof CallNodes.Builtin2 b) {
        b.effects = true;
      }
    }
    return node;
  }

  static String hint(String name, ModuleScope module) {
    for (String standard : new String[] {"Naturals", "Integers", "Sequences", "FiniteSets", "TLC"}) {
      if (StandardModules.module(standard).containsKey(name)) {
        return " (it is defined in the standard module " + standard + "; add EXTENDS " + standard + ")";
      }
    }
    return "";
  }

  Node call(UserOp op, List<Expr> args, Span span, ModuleScope module, Scope scope) {
    return call(op, List.of(), args, span, module, scope);
  }

  /**
   * Applies a user definition. A definition of a parameterised instance also receives the
   * instance parameters: those of the instances the caller sits in are passed on from the
   * bottom of the caller's own frame, and those written in the reference ({@code N(x)!Op}) follow.
   */
  Node call(UserOp op, List<Expr> instanceArgs, List<Expr> args, Span span, ModuleScope module, Scope scope) {
    if (op.overrideValue != null && args.isEmpty()) {
      return new CoreNodes.Const(span, op.overrideValue);
    }
    if (op.substitute != null) {
      op = op.substitute;
      instanceArgs = List.of();
    }
    if (args.size() != op.ownArity()) {
      throw Compiler.error(span, "the operator " + op.name + " takes " + op.ownArity() + " arguments, not " + args.size());
    }
    int inherited = op.frame - instanceArgs.size();
    if (inherited < 0 || inherited > Scope.size(scope)) {
      throw Compiler.error(span, "internal error: " + op.name + " is referenced outside its instance");
    }
    int size = Scope.size(scope);
    CallNodes.Arg[] compiled = new CallNodes.Arg[op.arity()];
    for (int i = 0; i < inherited; i++) {
      compiled[i] = new CallNodes.ValueArg(new CoreNodes.LocalRef(span, size - 1 - i, op.paramNames[i], i));
    }
    for (int i = 0; i < instanceArgs.size(); i++) {
      compiled[inherited + i] = valueArg(instanceArgs.get(i), module, scope);
    }
    for (int i = 0; i < args.size(); i++) {
      int k = op.frame + i;
      compiled[k] = op.paramArities[k] > 0
          ? operatorArg(args.get(i), op.paramArities[k], module, scope)
          : valueArg(args.get(i), module, scope);
    }
    CallNodes.OpCall node = new CallNodes.OpCall(span, op, compiled);
    if (op.compiling) {
      compiler.recursiveReferences++;
    }
    for (int k = 0; k < compiled.length; k++) {
      op.passes(k, variableSource(compiled[k]));
      // A name passed on may be bound to anything its own caller passes: perhaps an action.
      op.passesLevel(k, compiled[k] instanceof CallNodes.ForwardArg forward
          && !((CoreNodes.LocalRef) forward.node).boundToValue ? Node.ACTION : compiled[k].node.level);
    }
    node.level = Math.max(node.level, compiler.levelOf(op));
    compiler.uses(op);
    // A definition without arguments that reads only the current state has one value per
    // state: kept for the state it was last computed in (a state invariant's WaitsFor, Reach).
    node.perState = compiled.length == 0 && node.level == Node.STATE && !op.impure && op.body != null;
    // One with arguments that searches or builds a set (PendingMessages(self)) is kept per
    // argument list, for the state it was last applied in: an action often asks for it twice.
    if (compiled.length > 0 && node.level == Node.STATE && !op.impure && op.body != null
        && searches(op.body) && java.util.Arrays.stream(compiled).allMatch(
            a -> a instanceof CallNodes.ValueArg || a instanceof CallNodes.ForwardArg)) {
      if (op.argsMemo == null) {
        op.argsMemo = new ArgsMemo();
      }
      node.byArgs = op.argsMemo;
    }
    return node;
  }

  /** Whether a definition's body is a search or a set built from one: worth keeping per state. */
  static boolean searches(Node body) {
    Node n = body;
    while (n instanceof BinderNodes.Let let) {
      n = let.body;
    }
    return n instanceof DataNodes.SetFilter || n instanceof DataNodes.SetMap || n instanceof BinderNodes.Quantifier
        || n instanceof BinderNodes.Choose || n instanceof DataNodes.FcnCtor;
  }

  /**
   * An argument for a value parameter. Arguments are expressions, not values: {@code q'} for a
   * parameter q bound to {@code msgQ} means {@code msgQ'}, and {@code q' = e} assigns msgQ'. So a
   * (primed) variable is bound as itself and a local name passes on what it is bound to; other
   * expressions are evaluated lazily, as TLC does.
   */
  CallNodes.Arg valueArg(Expr arg, ModuleScope module, Scope scope) {
    if (arg instanceof Expr.Lambda l) {
      return lambdaArg(l, module, scope);
    }
    Node node = compiler.compile(arg, module, scope);
    // A cached constant may still fail when first evaluated, so only literals go eagerly.
    if (node instanceof CoreNodes.Const) {
      return new CallNodes.ValueArg(node);
    }
    if (node instanceof CoreNodes.VarRef || node instanceof CoreNodes.PrimedVarRef) {
      return new CallNodes.VariableArg(node);
    }
    if (node instanceof CoreNodes.LocalRef ref) {
      return new CallNodes.ForwardArg(ref);
    }
    return new CallNodes.LazyArg(node, node.level <= Node.STATE);
  }

  CallNodes.OperatorArg lambdaArg(Expr.Lambda l, ModuleScope module, Scope scope) {
    Scope inner = scope;
    for (String p : l.params()) {
      compiler.checkNewName(p, l.span(), module, inner);
      inner = Scope.push(inner, p, 0);
    }
    Node body = compiler.compile(l.body(), module, inner);
    CallNodes.OperatorArg arg = new CallNodes.OperatorArg(l.span(), null, null, -1, body, l.params().size());
    arg.node.level = body.level;
    arg.node.outermostLocal = body.outermostLocal < Scope.size(scope) ? body.outermostLocal : Integer.MAX_VALUE;
    return arg;
  }

  /** An argument for an operator parameter of the given arity: a name of an operator, or a LAMBDA. */
  CallNodes.OperatorArg operatorArg(Expr arg, int arity, ModuleScope module, Scope scope) {
    Expr.Lambda bound = References.boundOperator(arg, arity); // Def!@
    if (bound != null) {
      return lambdaArg(bound, module, scope);
    }
    if (arg instanceof Expr.Lambda l) {
      if (l.params().size() != arity) {
        throw Compiler.error(arg.span(), "this LAMBDA takes " + l.params().size() + " arguments, but an operator of "
            + arity + " is expected");
      }
      return lambdaArg(l, module, scope);
    }
    if (!(arg instanceof Expr.Apply a) || !a.args().isEmpty()) {
      throw Compiler.error(arg.span(), "an operator taking " + arity + " arguments is expected here (a name or a LAMBDA)");
    }
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent(), depth++) {
      if (s.name().equals(a.name())) {
        checkArity(arg, s.arity(), arity);
        CallNodes.OperatorArg local = new CallNodes.OperatorArg(arg.span(), null, null, depth, null, s.arity());
        local.node.outermostLocal = s.size() - 1;
        local.node.level = Node.STATE;
        return local;
      }
    }
    ModuleScope.Symbol symbol = module.visible.get(a.name());
    if (symbol instanceof ModuleScope.SubstitutionSymbol sub) {
      return compiler.references.operatorArgument(sub, arity, arg.span(), module, scope);
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().frame > 0) {
      throw Compiler.error(arg.span(), "a definition of a parameterised instance (" + a.name()
          + ") cannot be passed as an operator argument; wrap it in a LAMBDA");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d) {
      checkArity(arg, d.op().arity(), arity);
      CallNodes.OperatorArg global = new CallNodes.OperatorArg(arg.span(), d.op(), null, -1, null, arity);
      d.op().passedAsOperator();
      global.node.level = compiler.levelOf(d.op());
      compiler.uses(d.op());
      return global;
    }
    if (symbol instanceof ModuleScope.ConstantSymbol c && c.substitute != null) {
      checkArity(arg, c.arity, arity);
      compiler.impure = true; // Not analysed.
      c.substitute.passedAsOperator();
      return new CallNodes.OperatorArg(arg.span(), c.substitute, null, -1, null, arity);
    }
    if (symbol instanceof ModuleScope.BuiltinSymbol b && b.op().function() != null) {
      checkArity(arg, b.op().arity(), arity);
      if (b.op().level() == Node.STATE) {
        compiler.impure = true;
      }
      return new CallNodes.OperatorArg(arg.span(), null, new Closure(a.name(), b.op().arity(), b.op().function()),
          -1, null, arity);
    }
    Closure.BuiltinFunction core = coreFunction(a.name());
    if (core != null) {
      checkArity(arg, 2, arity);
      return new CallNodes.OperatorArg(arg.span(), null, new Closure(a.name(), 2, core), -1, null, arity);
    }
    throw Compiler.error(arg.span(), "unknown operator '" + a.name() + "'");
  }

  /**
   * An operator passed where one of another arity is expected is a semantic error, as in SANY
   * ("Expected arity 2 but found operator of arity 1"): called with the wrong number of
   * arguments it would read the wrong bindings.
   */
  private static void checkArity(Expr arg, int found, int expected) {
    if (found != expected) {
      throw Compiler.error(arg.span(), "an operator of " + expected + " arguments is expected here, but "
          + ((Expr.Apply) arg).name() + " takes " + found);
    }
  }

  static Closure.BuiltinFunction coreFunction(String name) {
    switch (name) {
      case "=": return v -> BoolValue.of(Values.tlaEquals(v[0], v[1]));
      case "/=": return v -> BoolValue.of(!Values.tlaEquals(v[0], v[1]));
      case "\\cup": return v -> SetOps.union(v[0], v[1]);
      case "\\cap": return v -> SetOps.intersect(v[0], v[1]);
      default: return null;
    }
  }

  /** The operators of TLA+ itself, available in every module. */
  Node coreOperator(String name, List<Expr> args, Span span, ModuleScope module, Scope scope) {
    switch (name) {
      case "=": case "/=": {
        if (args.size() != 2) {
          return null;
        }
        return new CoreNodes.Equals(span, compiler.compile(args.get(0), module, scope), compiler.compile(args.get(1), module, scope),
            name.equals("/="));
      }
      case "\\in": case "\\notin":
        if (args.size() != 2) {
          return null;
        }
        return new CoreNodes.In(span, compiler.compile(args.get(0), module, scope), membershipOperand(args.get(1), module, scope),
            name.equals("\\notin"));
      case "~":
        return args.size() == 1 ? new CoreNodes.Not(span, compiler.compile(args.get(0), module, scope)) : null;
      case "=>":
        return args.size() == 2 ? new CoreNodes.Implies(span, compiler.compile(args.get(0), module, scope),
            compiler.compile(args.get(1), module, scope)) : null;
      case "<=>":
        return args.size() == 2 ? new CoreNodes.Equiv(span, compiler.compile(args.get(0), module, scope),
            compiler.compile(args.get(1), module, scope)) : null;
      case "\\cup":
        return binary(span, args, module, scope, SetOps::union);
      case "\\cap":
        return args.size() != 2 ? null : new CallNodes.Builtin2(span, membershipOperand(args.get(0), module, scope),
            membershipOperand(args.get(1), module, scope), SetOps::intersect);
      case "\\":
        return binary(span, args, module, scope, SetOps::minus);
      case "\\subseteq":
        return binary(span, args, module, scope,
            (x, y) -> BoolValue.of(Values.asSet(x, "\\subseteq").isSubsetOf(Values.asSet(y, "\\subseteq"))));
      case "SUBSET":
        return unary(span, args, module, scope, x -> new PowerSetValue(Values.asSet(x, "SUBSET")));
      case "UNION":
        return unary(span, args, module, scope, SetOps::bigUnion);
      case "DOMAIN":
        return unary(span, args, module, scope, x -> Values.asFunction(x, "DOMAIN").domain());
      case "\\X": {
        if (args.size() < 2) {
          return null;
        }
        Node[] factors = compiler.all(args, module, scope);
        return new CallNodes.BuiltinN(span, factors, v -> {
          SetValue[] sets = new SetValue[v.length];
          for (int i = 0; i < v.length; i++) {
            sets[i] = Values.asSet(v[i], "\\X");
          }
          return new ProductSetValue(sets);
        });
      }
      case "BOOLEAN":
        return args.isEmpty() ? new CoreNodes.Const(span, EnumSetValue.of(BoolValue.FALSE, BoolValue.TRUE)) : null;
      case "STRING":
        return args.isEmpty() ? new CoreNodes.Const(span, InfiniteSetValue.STRING) : null;
      case "~>":
        return args.size() == 2 ? new TemporalNodes.LeadsTo(span, compiler.compile(args.get(0), module, scope),
            compiler.compile(args.get(1), module, scope)) : null;
      case "\\cdot": {
        if (args.size() != 2) {
          return null;
        }
        // TLC 2.18 refuses action composition when it evaluates it (an evaluation error, exit 75).
        Node composed = new CallNodes.Builtin2(span, compiler.compile(args.get(0), module, scope),
            compiler.compile(args.get(1), module, scope), (a, b) -> a);
        return new CoreNodes.Unsupported(span, "action composition (A \\cdot B) is not supported: TLC 2.18 does not "
            + "support it either (\"The current version of TLC does not support action composition.\")", Node.ACTION,
            composed);
      }
      default:
        return null;
    }
  }

  /**
   * An operand whose elements are only tested for membership (the right of {@code \\in}, either
   * side of {@code \\cap}). {@code UNION S} there is not merged into one sorted set: an element
   * is looked up in the members of S (SlidingPuzzles' {@code m \\cap UNION (board \\ {pc})}).
   */
  Node membershipOperand(Expr expr, ModuleScope module, Scope scope) {
    Expr inner = expr;
    while (inner instanceof Expr.Paren p) {
      inner = p.inner();
    }
    if (inner instanceof Expr.Apply a && a.name().equals("UNION") && a.args().size() == 1) {
      return compiler.cachedIfConstant(new CallNodes.Builtin1(a.span(), compiler.compile(a.args().get(0), module, scope),
          SetOps::unionForMembership), scope);
    }
    return compiler.compile(expr, module, scope);
  }

  Node unary(Span span, List<Expr> args, ModuleScope module, Scope scope, CallNodes.Fn1 fn) {
    if (args.size() != 1) {
      return null;
    }
    return new CallNodes.Builtin1(span, compiler.compile(args.get(0), module, scope), fn);
  }

  Node binary(Span span, List<Expr> args, ModuleScope module, Scope scope, CallNodes.Fn2 fn) {
    if (args.size() != 2) {
      return null;
    }
    return new CallNodes.Builtin2(span, compiler.compile(args.get(0), module, scope), compiler.compile(args.get(1), module, scope), fn);
  }
}

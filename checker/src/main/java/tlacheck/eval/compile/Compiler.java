package tlacheck.eval.compile;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.ArgsMemo;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.SetOps;
import tlacheck.eval.UserOp;
import tlacheck.eval.stdlib.StandardModules;
import tlacheck.eval.temporal.TemporalNodes;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.PowerSetValue;
import tlacheck.value.ProductSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * Resolves names and turns syntax into executable {@link Node}s.
 *
 * <p>Every identifier becomes a variable slot, a local depth, a definition or a built-in here,
 * once; evaluation never looks a name up. Local binders (quantifiers, parameters, LET, {@code @})
 * form a {@link Scope} chain mirrored at run time by {@link Env}. A closed, constant-level
 * subexpression is wrapped in {@link CoreNodes.Cached}, so that e.g. {@code 1..N} or a constant
 * definition is computed once.
 */
public final class Compiler {
  /** The local binders in scope, innermost first; {@code arity > 0} for local operators. */
  record Scope(String name, int arity, Scope parent, int size, boolean boundToValue, UserOp parameterOf,
      int parameterIndex) {
    static Scope push(Scope scope, String name, int arity) {
      return new Scope(name, arity, scope, scope == null ? 1 : scope.size + 1, false, null, -1);
    }

    /** Parameter {@code index} of a global definition (see {@link UserOp#parameterMayBeVariable}). */
    static Scope pushParameter(Scope scope, String name, int arity, UserOp op, int index) {
      return new Scope(name, arity, scope, scope == null ? 1 : scope.size + 1, false, op, index);
    }

    /**
     * A name bound by a quantifier, set former, function constructor or CHOOSE: always bound to
     * a value, never to a lazy argument or a variable, so it can never be assigned through.
     */
    static Scope pushValue(Scope scope, String name) {
      return new Scope(name, 0, scope, scope == null ? 1 : scope.size + 1, true, null, -1);
    }

    static int size(Scope scope) {
      return scope == null ? 0 : scope.size;
    }
  }

  public final List<TlaError> errors = new ArrayList<>();
  private final References references = new References(this);
  /**
   * Every compiled expression passes through {@link #compile} (or is wrapped by {@link
   * #cachedIfConstant}), where it is noted for the shape analysis run by {@link #finish}.
   */
  private final ShapeAnalysis shapes = new ShapeAnalysis();
  /** Built-in operators replaced by the configuration ({@code Nat <- NatOverride}). */
  public final java.util.Map<String, UserOp> builtinOverrides = new java.util.HashMap<>();
  /** The spec's variables, for ENABLED (which enumerates successor states). */
  public String[] variableNames = new String[0];

  public List<TlaError> errors() {
    return errors;
  }

  /**
   * Set while compiling a definition's body when it meets something impure (see
   * {@link UserOp#impure}); saved and restored around nested definitions.
   */
  public boolean impure;

  /** The definition whose body is being compiled (the innermost), or null. */
  private UserOp compilingOp;

  /** Compiles an operator's body (once) and returns it. */
  public Node body(UserOp op) {
    if (op.body == null && !op.compiling) {
      op.compiling = true;
      boolean outer = impure;
      UserOp outerOp = compilingOp;
      impure = false;
      compilingOp = op;
      try {
        Scope scope = hiddenFrame(op.frame);
        if (op.source instanceof Unit.OpDef d) {
          int index = op.frame;
          for (Unit.Param p : d.params()) {
            checkNewName(p.name(), d.span(), op.scope, scope);
            scope = Scope.pushParameter(scope, p.name(), p.arity(), op, index++);
          }
          op.body = compile(d.body(), op.scope, scope);
        } else if (op.source instanceof Unit.FcnDef f) {
          op.body = recursiveFunction(f.bounds(), f.body(), f.span(), op.scope, scope);
        }
      } catch (TlaError e) {
        errors.add(e);
        op.body = new CoreNodes.Const(op.span, BoolValue.FALSE);
      } finally {
        op.compiling = false;
        op.impure = impure;
        impure = outer;
        compilingOp = outerOp;
      }
    }
    return op.body;
  }

  private static CoreNodes.LocalRef localRef(Span span, int depth, Scope s) {
    CoreNodes.LocalRef ref = new CoreNodes.LocalRef(span, depth, s.name, s.size - 1, s.boundToValue);
    ref.parameterOf = s.parameterOf;
    ref.parameterIndex = s.parameterIndex;
    return ref;
  }

  /**
   * What an argument may bind a parameter to, for {@link UserOp#passes}: TRUE if perhaps a
   * variable, FALSE if never, or the name it passes on (decided later, from that name's binder).
   */
  private static Object variableSource(CallNodes.Arg arg) {
    if (arg instanceof CallNodes.ForwardArg forward) {
      CoreNodes.LocalRef ref = (CoreNodes.LocalRef) forward.node;
      return ref.boundToValue ? Boolean.FALSE : ref;
    }
    if (arg instanceof CallNodes.ValueArg) {
      return Boolean.FALSE;
    }
    if (arg instanceof CallNodes.LazyArg lazy) {
      // An expression other than a (primed) name is evaluated, never assigned through.
      return lazy.node instanceof CoreNodes.Prime || lazy.node instanceof CoreNodes.LocalRef ? Boolean.TRUE : Boolean.FALSE;
    }
    return Boolean.TRUE; // A variable, or an operator argument.
  }

  /** Notes, for the definition being compiled, a use of another definition. */
  private void uses(UserOp op) {
    if (op == compilingOp) {
      // A call of a RECURSIVE definition in its own body adds nothing: the definition is pure
      // if the rest of its body is. (Mutual recursion is still taken as impure: the other
      // definition is compiled, and judged, before this one is known.)
      return;
    }
    if (op.body == null || op.compiling || op.impure) {
      impure = true;
    }
  }

  /** The hidden instance parameters a definition of a parameterised instance starts with: nameless binders. */
  static Scope hiddenFrame(int frame) {
    Scope scope = null;
    for (int i = 0; i < frame; i++) {
      scope = Scope.push(scope, "!frame", 0);
    }
    return scope;
  }

  /** The level of an operator's body, assuming STATE for one still being compiled (recursion). */
  int levelOf(UserOp op) {
    Node body = body(op);
    return body == null ? Node.STATE : body.level;
  }

  public Node compile(Expr expr, ModuleScope module, Scope scope) {
    Node node = compileRaw(expr, module, scope);
    shapes.note(node);
    return cachedIfConstant(node, scope);
  }

  /** A constant expression is evaluated once (on first use) and kept. */
  private Node cachedIfConstant(Node node, Scope scope) {
    if (node.level == Node.CONSTANT && node.outermostLocal >= Scope.size(scope)
        && !(node instanceof CoreNodes.Const) && !(node instanceof CoreNodes.Cached)) {
      Node cached = new CoreNodes.Cached(node);
      shapes.note(cached);
      return cached;
    }
    return node;
  }

  /**
   * Ends the compilation of a specification: runs the analyses that need all of it, which
   * enumeration reads ({@link ShapeAnalysis}). Call it once everything the search will evaluate
   * is compiled; what is compiled later is analysed only by another call.
   */
  public void finish() {
    shapes.run();
  }

  static TlaError error(Span span, String message) {
    return new TlaError(TlaError.Kind.SEMANTIC, span, message);
  }

  /**
   * Checks that a local binder ({@code \E x \in S}, a parameter, a LET definition) at {@code at}
   * does not reuse a name already bound around it or declared earlier in its module: TLA+ forbids
   * redeclaring a name in its scope, and SANY rejects it ("Multiply-defined symbol"). Names of
   * the standard modules are not checked.
   */
  private void checkNewName(String name, Span at, ModuleScope module, Scope scope) {
    for (Scope s = scope; s != null; s = s.parent()) {
      if (s.name().equals(name) && !definingLet.contains(name)) {
        throw error(at, "the name " + name + " is already bound here; TLA+ does not allow redeclaring it");
      }
    }
    Span declared = module.declaredAt.get(name);
    if (declared != null && declared.file() == at.file() && declared.end() <= at.start()) {
      throw error(at, "the name " + name + " is already declared on line " + declared.line()
          + "; TLA+ does not allow redeclaring it");
    }
  }

  private Node compileRaw(Expr expr, ModuleScope module, Scope scope) {
    Span span = expr.span();
    if (expr instanceof Expr.Num n) {
      try {
        return new CoreNodes.Const(span, IntValue.ofChecked(Long.parseLong(n.digits())));
      } catch (NumberFormatException | ValueException e) {
        throw error(span, "the number " + n.digits() + " is not an integer TLC can represent");
      }
    }
    if (expr instanceof Expr.Str s) {
      return new CoreNodes.Const(span, StringValue.of(s.value()));
    }
    if (expr instanceof Expr.Bool b) {
      return new CoreNodes.Const(span, BoolValue.of(b.value()));
    }
    if (expr instanceof Expr.Paren p) {
      return compileRaw(p.inner(), module, scope);
    }
    if (expr instanceof Expr.Label l) {
      return compileRaw(l.body(), module, scope); // a label only names its body
    }
    if (expr instanceof Expr.Apply a) {
      return apply(a, module, scope);
    }
    if (expr instanceof Expr.And a) {
      return new CoreNodes.And(span, all(a.items(), module, scope));
    }
    if (expr instanceof Expr.Or o) {
      return new CoreNodes.Or(span, all(o.items(), module, scope));
    }
    if (expr instanceof Expr.If i) {
      return new CoreNodes.If(span, compile(i.condition(), module, scope), compile(i.then(), module, scope),
          compile(i.otherwise(), module, scope));
    }
    if (expr instanceof Expr.Case c) {
      Node[] guards = new Node[c.arms().size()];
      Node[] results = new Node[guards.length];
      for (int i = 0; i < guards.length; i++) {
        guards[i] = compile(c.arms().get(i).guard(), module, scope);
        results[i] = compile(c.arms().get(i).result(), module, scope);
      }
      Node other = c.other() == null ? null : compile(c.other(), module, scope);
      return new CoreNodes.Case(span, guards, results, other);
    }
    if (expr instanceof Expr.Let l) {
      return let(l, module, scope);
    }
    if (expr instanceof Expr.Quantifier q) {
      List<CoreNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(q.bounds(), module, scope, bounds);
      Node body = compile(q.body(), module, inner);
      if (bounds.stream().anyMatch(b -> b.set() == null)) {
        // As in TLC, this is an error only if the formula is evaluated (e.g. not in an unused ASSUME).
        return new CoreNodes.Unsupported(span, "an unbounded quantifier (\\A x : P or \\E x : P) cannot be "
            + "evaluated; bound it: \\E x \\in S : P", Node.CONSTANT, body);
      }
      return new CoreNodes.Quantifier(span, q.universal(), bounds.toArray(new CoreNodes.Bound[0]), body);
    }
    if (expr instanceof Expr.Choose c) {
      List<CoreNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(List.of(c.bound()), module, scope, bounds);
      return new CoreNodes.Choose(span, bounds.get(0), compile(c.body(), module, inner));
    }
    if (expr instanceof Expr.SetEnum s) {
      return new DataNodes.SetEnum(span, all(s.elements(), module, scope));
    }
    if (expr instanceof Expr.SetFilter f) {
      List<CoreNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(List.of(f.bound()), module, scope, bounds);
      if (bounds.size() != 1) {
        throw error(span, "a set filter {x \\in S : P} binds exactly one name or tuple");
      }
      return new DataNodes.SetFilter(span, bounds.get(0), compile(f.predicate(), module, inner));
    }
    if (expr instanceof Expr.SetMap m) {
      List<CoreNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(m.bounds(), module, scope, bounds);
      return new DataNodes.SetMap(span, compile(m.element(), module, inner), bounds.toArray(new CoreNodes.Bound[0]));
    }
    if (expr instanceof Expr.FcnCtor f) {
      List<CoreNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(f.bounds(), module, scope, bounds);
      return new DataNodes.FcnCtor(span, bounds.toArray(new CoreNodes.Bound[0]), compile(f.body(), module, inner));
    }
    if (expr instanceof Expr.FcnApp f) {
      return new DataNodes.FcnApp(span, compile(f.function(), module, scope), all(f.args(), module, scope));
    }
    if (expr instanceof Expr.FcnSet f) {
      return new DataNodes.FcnSet(span, compile(f.domain(), module, scope), compile(f.range(), module, scope));
    }
    if (expr instanceof Expr.RecordCtor r) {
      return new DataNodes.RecordCtor(span, r.fields().toArray(new String[0]), all(r.values(), module, scope));
    }
    if (expr instanceof Expr.RecordSet r) {
      return new DataNodes.RecordSet(span, r.fields().toArray(new String[0]), all(r.sets(), module, scope));
    }
    if (expr instanceof Expr.Field f) {
      return new DataNodes.Field(span, compile(f.record(), module, scope), f.field());
    }
    if (expr instanceof Expr.Except e) {
      return except(e, module, scope);
    }
    if (expr instanceof Expr.At) {
      return lookupLocal("@", span, scope, "@ is only meaningful inside the value of an EXCEPT clause");
    }
    if (expr instanceof Expr.Tuple t) {
      return new DataNodes.Tuple(span, all(t.elements(), module, scope));
    }
    if (expr instanceof Expr.Prime p) {
      Node inner = compile(p.inner(), module, scope);
      if (inner instanceof CoreNodes.VarRef v) {
        return new CoreNodes.PrimedVarRef(span, v.slot, v.name);
      }
      if (inner.level >= Node.ACTION) {
        throw error(span, "a primed expression may not contain primes or actions");
      }
      return new CoreNodes.Prime(span, inner);
    }
    if (expr instanceof Expr.Unchanged u) {
      return new DataNodes.Unchanged(span, compile(u.inner(), module, scope));
    }
    if (expr instanceof Expr.ActionBox b) {
      return new DataNodes.ActionBox(span, compile(b.action(), module, scope), compile(b.subscript(), module, scope),
          b.angle());
    }
    if (expr instanceof Expr.Enabled en) {
      return new TemporalNodes.Enabled(span, compile(en.inner(), module, scope), variableNames);
    }
    if (expr instanceof Expr.Always a) {
      return new TemporalNodes.Always(span, compile(a.inner(), module, scope));
    }
    if (expr instanceof Expr.Eventually e) {
      return new TemporalNodes.Eventually(span, compile(e.inner(), module, scope));
    }
    if (expr instanceof Expr.Fairness f) {
      return new TemporalNodes.Fairness(span, f.strong(), compile(f.subscript(), module, scope),
          compile(f.action(), module, scope));
    }
    if (expr instanceof Expr.Lambda) {
      throw error(span, "LAMBDA can only be passed as an argument to an operator parameter");
    }
    if (expr instanceof Expr.InstanceRef r) {
      return references.reference(r, module, scope);
    }
    throw error(span, "unsupported expression");
  }

  private Node[] all(List<Expr> exprs, ModuleScope module, Scope scope) {
    Node[] nodes = new Node[exprs.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(exprs.get(i), module, scope);
    }
    return nodes;
  }

  /** Compiles bounds in order, each seeing the names bound before it; returns the inner scope. */
  private Scope bounds(List<Expr.Bound> bounds, ModuleScope module, Scope scope, List<CoreNodes.Bound> out) {
    Scope inner = scope;
    for (Expr.Bound b : bounds) {
      if (b.tuple()) {
        Node set = b.set() == null ? null : compile(b.set(), module, inner);
        out.add(new CoreNodes.Bound(b.names().toArray(new String[0]), true, set));
        for (String name : b.names()) {
          checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      } else {
        for (String name : b.names()) {
          Node set = b.set() == null ? null : compile(b.set(), module, inner);
          out.add(new CoreNodes.Bound(new String[] {name}, false, set));
          checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      }
    }
    return inner;
  }

  /**
   * The LET definitions (not RECURSIVE) whose bodies are being compiled: a definition is not in
   * scope in its own body, so a binder there may reuse its name ({@code m == CHOOSE m \in S : P}).
   */
  private final java.util.Set<String> definingLet = new java.util.HashSet<>();

  private Node let(Expr.Let let, ModuleScope module, Scope scope) {
    List<CoreNodes.LetDefinition> definitions = new ArrayList<>();
    Scope inner = scope;
    // With RECURSIVE, definitions may call later ones: all names are bound before any body.
    boolean recursive = let.definitions().stream().anyMatch(u -> u instanceof Unit.Recursive);
    if (recursive) {
      for (Unit unit : let.definitions()) {
        if (unit instanceof Unit.OpDef d) {
          checkNewName(d.name(), d.span(), module, inner);
          inner = Scope.push(inner, d.name(), d.params().size());
        } else if (unit instanceof Unit.FcnDef f) {
          checkNewName(f.name(), f.span(), module, inner);
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
          checkNewName(d.name(), d.span(), module, inner);
          inner = Scope.push(inner, d.name(), arity);
        }
        Scope bodyScope = inner;
        boolean added = !recursive && definingLet.add(d.name());
        Node body;
        try {
          for (Unit.Param p : d.params()) {
            checkNewName(p.name(), d.span(), module, bodyScope);
            bodyScope = Scope.push(bodyScope, p.name(), p.arity());
          }
          body = compile(d.body(), module, bodyScope);
        } finally {
          if (added) {
            definingLet.remove(d.name());
          }
        }
        definitions.add(new CoreNodes.LetDefinition(d.name(), arity, body, body.level <= Node.STATE));
      } else if (unit instanceof Unit.FcnDef f) {
        if (!recursive) {
          checkNewName(f.name(), f.span(), module, inner);
          inner = Scope.push(inner, f.name(), 0);
        }
        // A recursive function is in scope in its own body: a binder there may not reuse its name.
        Node body = recursiveFunction(f.bounds(), f.body(), f.span(), module, inner);
        definitions.add(new CoreNodes.LetDefinition(f.name(), 0, body, body.level <= Node.STATE));
      } else if (unit instanceof Unit.Instance) {
        throw error(unit.span(), "INSTANCE inside LET is not supported yet");
      } else {
        throw error(unit.span(), "only definitions may appear in a LET");
      }
    }
    Node body = compile(let.body(), module, inner);
    CoreNodes.Let node = new CoreNodes.Let(let.span(), definitions.toArray(new CoreNodes.LetDefinition[0]), body,
        recursive);
    node.from(body);
    for (CoreNodes.LetDefinition d : definitions) {
      node.level = Math.max(node.level, d.body().level);
    }
    // The LET's own binders are not outer locals; only what its parts read from outside counts.
    int size = Scope.size(scope);
    node.outermostLocal = Integer.MAX_VALUE;
    for (CoreNodes.LetDefinition d : definitions) {
      if (d.body().outermostLocal < size) {
        node.outermostLocal = Math.min(node.outermostLocal, d.body().outermostLocal);
      }
    }
    if (body.outermostLocal < size) {
      node.outermostLocal = Math.min(node.outermostLocal, body.outermostLocal);
    }
    return node;
  }

  private Node recursiveFunction(List<Expr.Bound> bounds, Expr body, Span span, ModuleScope module, Scope scope) {
    // Each domain is evaluated before any argument is bound, so all are compiled in the outer scope.
    List<CoreNodes.Bound> compiled = new ArrayList<>();
    Scope inner = scope;
    for (Expr.Bound b : bounds) {
      Node set = compile(b.set(), module, scope);
      if (b.tuple()) {
        compiled.add(new CoreNodes.Bound(b.names().toArray(new String[0]), true, set));
        for (String name : b.names()) {
          checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      } else {
        for (String name : b.names()) {
          compiled.add(new CoreNodes.Bound(new String[] {name}, false, set));
          checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      }
    }
    if (compiled.size() > 1 && compiled.stream().anyMatch(CoreNodes.Bound::tuple)) {
      throw error(span, "a recursive function over several bounds cannot also destructure tuples");
    }
    Node bodyNode = compile(body, module, inner);
    DataNodes.RecursiveFunction node = new DataNodes.RecursiveFunction(span,
        compiled.toArray(new CoreNodes.Bound[0]), bodyNode);
    int outer = bodyNode.outermostLocal < Scope.size(scope) ? bodyNode.outermostLocal : Integer.MAX_VALUE;
    for (CoreNodes.Bound b : compiled) {
      if (b.set().outermostLocal < Scope.size(scope)) {
        outer = Math.min(outer, b.set().outermostLocal);
      }
    }
    node.outermostLocal = outer;
    return node;
  }

  private Node except(Expr.Except e, ModuleScope module, Scope scope) {
    Node function = compile(e.function(), module, scope);
    DataNodes.ExceptClause[] clauses = new DataNodes.ExceptClause[e.clauses().size()];
    Scope withAt = Scope.push(scope, "@", 0);
    for (int i = 0; i < clauses.length; i++) {
      Expr.ExceptClause clause = e.clauses().get(i);
      DataNodes.PathStep[] path = new DataNodes.PathStep[clause.path().size()];
      for (int j = 0; j < path.length; j++) {
        Expr.PathStep step = clause.path().get(j);
        path[j] = step.field() != null
            ? new DataNodes.PathStep(StringValue.of(step.field()), null)
            : new DataNodes.PathStep(null, all(step.args(), module, scope));
      }
      clauses[i] = new DataNodes.ExceptClause(path, compile(clause.value(), module, withAt));
    }
    DataNodes.Except node = new DataNodes.Except(e.span(), function, clauses);
    int size = Scope.size(scope);
    if (node.outermostLocal >= size) {
      node.outermostLocal = Integer.MAX_VALUE;
    }
    return node;
  }

  private Node lookupLocal(String name, Span span, Scope scope, String missing) {
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent, depth++) {
      if (s.name.equals(name)) {
        return localRef(span, depth, s);
      }
    }
    throw error(span, missing);
  }

  // ---------------------------------------------------------------- applications

  private Node apply(Expr.Apply a, ModuleScope module, Scope scope) {
    String name = a.name();
    Span span = a.span();
    List<Expr> args = a.args();
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent, depth++) {
      if (s.name.equals(name)) {
        if (s.arity == 0) {
          if (!args.isEmpty()) {
            throw error(span, name + " is not an operator; it takes no arguments");
          }
          return localRef(span, depth, s);
        }
        if (args.size() != s.arity) {
          throw error(span, "the operator " + name + " takes " + s.arity + " arguments, not " + args.size());
        }
        CallNodes.Arg[] compiled = new CallNodes.Arg[args.size()];
        for (int i = 0; i < compiled.length; i++) {
          compiled[i] = valueArg(args.get(i), module, scope);
        }
        return new CallNodes.LocalOpCall(span, depth, name, compiled, s.size - 1);
      }
    }
    Node core = coreOperator(name, args, span, module, scope);
    if (core != null) {
      return core;
    }
    ModuleScope.Symbol symbol = module.visible.get(name);
    if (symbol == null) {
      throw error(span, "unknown operator '" + name + "'" + hint(name, module));
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
      return references.substituted(sub, args, span, module, scope);
    }
    if (symbol instanceof ModuleScope.InstanceSymbol) {
      throw error(span, name + " is an instance of a module; name one of its definitions, as in " + name + "!Op");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d) {
      return call(d.op(), instanceArgs, args, span, module, scope);
    }
    if (symbol instanceof ModuleScope.VariableSymbol v) {
      if (!args.isEmpty()) {
        throw error(span, "the variable " + name + " is not an operator");
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
        throw error(span, "the constant " + name + " takes no arguments");
      }
      return new CoreNodes.Const(span, c.value);
    }
    UserOp override = builtinOverrides.get(name);
    if (override != null) {
      return call(override, args, span, module, scope);
    }
    BuiltinOp op = ((ModuleScope.BuiltinSymbol) symbol).op();
    if (args.size() != op.arity()) {
      throw error(span, "the operator " + name + " takes " + op.arity() + " arguments, not " + args.size());
    }
    Node[] values = new Node[args.size()];
    CallNodes.OperatorArg[] operators = new CallNodes.OperatorArg[args.size()];
    for (int i = 0; i < values.length; i++) {
      if (op.paramArities()[i] > 0) {
        operators[i] = operatorArg(args.get(i), op.paramArities()[i], module, scope);
        values[i] = operators[i].node;
      } else {
        values[i] = compile(args.get(i), module, scope);
      }
    }
    Node node = op.factory().make(span, values, operators);
    node.level = Math.max(node.level, op.level());
    if (op.level() == Node.STATE) {
      impure = true; // Print, TLCGet, RandomElement, ...: effects, or not a function of the state.
      if (node instanceof CallNodes.Builtin1 b) {
        b.effects = true;
      } else if (node instanceof CallNodes.Builtin2 b) {
        b.effects = true;
      }
    }
    return node;
  }

  private static String hint(String name, ModuleScope module) {
    for (String standard : new String[] {"Naturals", "Integers", "Sequences", "FiniteSets", "TLC"}) {
      if (StandardModules.module(standard).containsKey(name)) {
        return " (it is defined in the standard module " + standard + "; add EXTENDS " + standard + ")";
      }
    }
    return "";
  }

  private Node call(UserOp op, List<Expr> args, Span span, ModuleScope module, Scope scope) {
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
      throw error(span, "the operator " + op.name + " takes " + op.ownArity() + " arguments, not " + args.size());
    }
    int inherited = op.frame - instanceArgs.size();
    if (inherited < 0 || inherited > Scope.size(scope)) {
      throw error(span, "internal error: " + op.name + " is referenced outside its instance");
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
    for (int k = 0; k < compiled.length; k++) {
      op.passes(k, variableSource(compiled[k]));
    }
    node.level = Math.max(node.level, levelOf(op));
    uses(op);
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
  private static boolean searches(Node body) {
    Node n = body;
    while (n instanceof CoreNodes.Let let) {
      n = let.body;
    }
    return n instanceof DataNodes.SetFilter || n instanceof DataNodes.SetMap || n instanceof CoreNodes.Quantifier
        || n instanceof CoreNodes.Choose || n instanceof DataNodes.FcnCtor;
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
    Node node = compile(arg, module, scope);
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

  private CallNodes.OperatorArg lambdaArg(Expr.Lambda l, ModuleScope module, Scope scope) {
    Scope inner = scope;
    for (String p : l.params()) {
      checkNewName(p, l.span(), module, inner);
      inner = Scope.push(inner, p, 0);
    }
    Node body = compile(l.body(), module, inner);
    CallNodes.OperatorArg arg = new CallNodes.OperatorArg(l.span(), null, null, -1, body, l.params().size());
    arg.node.level = body.level;
    arg.node.outermostLocal = body.outermostLocal < Scope.size(scope) ? body.outermostLocal : Integer.MAX_VALUE;
    return arg;
  }

  /** An argument for an operator parameter of the given arity: a name of an operator, or a LAMBDA. */
  CallNodes.OperatorArg operatorArg(Expr arg, int arity, ModuleScope module, Scope scope) {
    if (arg instanceof Expr.Lambda l) {
      if (l.params().size() != arity) {
        throw error(arg.span(), "this LAMBDA takes " + l.params().size() + " arguments, but an operator of "
            + arity + " is expected");
      }
      return lambdaArg(l, module, scope);
    }
    if (!(arg instanceof Expr.Apply a) || !a.args().isEmpty()) {
      throw error(arg.span(), "an operator taking " + arity + " arguments is expected here (a name or a LAMBDA)");
    }
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent, depth++) {
      if (s.name.equals(a.name())) {
        CallNodes.OperatorArg local = new CallNodes.OperatorArg(arg.span(), null, null, depth, null, s.arity);
        local.node.outermostLocal = s.size - 1;
        local.node.level = Node.STATE;
        return local;
      }
    }
    ModuleScope.Symbol symbol = module.visible.get(a.name());
    if (symbol instanceof ModuleScope.SubstitutionSymbol sub) {
      return references.operatorArgument(sub, arity, arg.span(), module, scope);
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().frame > 0) {
      throw error(arg.span(), "a definition of a parameterised instance (" + a.name()
          + ") cannot be passed as an operator argument; wrap it in a LAMBDA");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d) {
      CallNodes.OperatorArg global = new CallNodes.OperatorArg(arg.span(), d.op(), null, -1, null, arity);
      d.op().passedAsOperator();
      global.node.level = levelOf(d.op());
      uses(d.op());
      return global;
    }
    if (symbol instanceof ModuleScope.ConstantSymbol c && c.substitute != null) {
      impure = true; // Not analysed.
      c.substitute.passedAsOperator();
      return new CallNodes.OperatorArg(arg.span(), c.substitute, null, -1, null, arity);
    }
    if (symbol instanceof ModuleScope.BuiltinSymbol b && b.op().function() != null) {
      if (b.op().level() == Node.STATE) {
        impure = true;
      }
      return new CallNodes.OperatorArg(arg.span(), null, new Closure(a.name(), b.op().arity(), b.op().function()),
          -1, null, arity);
    }
    Closure.BuiltinFunction core = coreFunction(a.name());
    if (core != null) {
      return new CallNodes.OperatorArg(arg.span(), null, new Closure(a.name(), 2, core), -1, null, arity);
    }
    throw error(arg.span(), "unknown operator '" + a.name() + "'");
  }

  private static Closure.BuiltinFunction coreFunction(String name) {
    switch (name) {
      case "=": return v -> BoolValue.of(Values.tlaEquals(v[0], v[1]));
      case "/=": return v -> BoolValue.of(!Values.tlaEquals(v[0], v[1]));
      case "\\cup": return v -> SetOps.union(v[0], v[1]);
      case "\\cap": return v -> SetOps.intersect(v[0], v[1]);
      default: return null;
    }
  }

  /** The operators of TLA+ itself, available in every module. */
  private Node coreOperator(String name, List<Expr> args, Span span, ModuleScope module, Scope scope) {
    switch (name) {
      case "=": case "/=": {
        if (args.size() != 2) {
          return null;
        }
        return new CoreNodes.Equals(span, compile(args.get(0), module, scope), compile(args.get(1), module, scope),
            name.equals("/="));
      }
      case "\\in": case "\\notin":
        if (args.size() != 2) {
          return null;
        }
        return new CoreNodes.In(span, compile(args.get(0), module, scope), membershipOperand(args.get(1), module, scope),
            name.equals("\\notin"));
      case "~":
        return args.size() == 1 ? new CoreNodes.Not(span, compile(args.get(0), module, scope)) : null;
      case "=>":
        return args.size() == 2 ? new CoreNodes.Implies(span, compile(args.get(0), module, scope),
            compile(args.get(1), module, scope)) : null;
      case "<=>":
        return args.size() == 2 ? new CoreNodes.Equiv(span, compile(args.get(0), module, scope),
            compile(args.get(1), module, scope)) : null;
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
        Node[] factors = all(args, module, scope);
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
        return args.size() == 2 ? new TemporalNodes.LeadsTo(span, compile(args.get(0), module, scope),
            compile(args.get(1), module, scope)) : null;
      default:
        return null;
    }
  }

  /**
   * An operand whose elements are only tested for membership (the right of {@code \\in}, either
   * side of {@code \\cap}). {@code UNION S} there is not merged into one sorted set: an element
   * is looked up in the members of S (SlidingPuzzles' {@code m \\cap UNION (board \\ {pc})}).
   */
  private Node membershipOperand(Expr expr, ModuleScope module, Scope scope) {
    Expr inner = expr;
    while (inner instanceof Expr.Paren p) {
      inner = p.inner();
    }
    if (inner instanceof Expr.Apply a && a.name().equals("UNION") && a.args().size() == 1) {
      return cachedIfConstant(new CallNodes.Builtin1(a.span(), compile(a.args().get(0), module, scope),
          SetOps::unionForMembership), scope);
    }
    return compile(expr, module, scope);
  }

  private Node unary(Span span, List<Expr> args, ModuleScope module, Scope scope, CallNodes.Fn1 fn) {
    if (args.size() != 1) {
      return null;
    }
    return new CallNodes.Builtin1(span, compile(args.get(0), module, scope), fn);
  }

  private Node binary(Span span, List<Expr> args, ModuleScope module, Scope scope, CallNodes.Fn2 fn) {
    if (args.size() != 2) {
      return null;
    }
    return new CallNodes.Builtin2(span, compile(args.get(0), module, scope), compile(args.get(1), module, scope), fn);
  }

  /** Resolves a top-level definition by name in the given module, for the configuration. */
  public static UserOp definition(ModuleScope module, String name) {
    ModuleScope.Symbol symbol = module.visible.get(name);
    return symbol instanceof ModuleScope.DefinitionSymbol d ? d.op() : null;
  }
}

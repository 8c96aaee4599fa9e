package tlacheck.eval.compile;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.UserOp;
import tlacheck.eval.temporal.TemporalNodes;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;
import tlacheck.value.BoolValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.ValueException;

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
  final References references = new References(this);
  final Applications applications = new Applications(this);
  final LocalDefinitions definitions = new LocalDefinitions(this);
  /**
   * Every compiled expression passes through {@link #compile} (or is wrapped by {@link
   * #cachedIfConstant}), where it is noted for the shape analysis run by {@link #finish}.
   */
  final ShapeAnalysis shapes = new ShapeAnalysis();
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
  UserOp compilingOp;

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
          op.body = definitions.recursiveFunction(f.bounds(), f.body(), f.span(), op.scope, scope);
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

  static CoreNodes.LocalRef localRef(Span span, int depth, Scope s) {
    CoreNodes.LocalRef ref = new CoreNodes.LocalRef(span, depth, s.name, s.size - 1, s.boundToValue);
    ref.parameterOf = s.parameterOf;
    ref.parameterIndex = s.parameterIndex;
    return ref;
  }


  /** Notes, for the definition being compiled, a use of another definition. */
  void uses(UserOp op) {
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

  /**
   * The conjunction of formulas each compiled in its own module, such as the initial predicates
   * of a specification reached through a definition of another module or an instance.
   */
  public Node conjunction(List<Expr> parts, List<ModuleScope> modules) {
    Node[] items = new Node[parts.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = compile(parts.get(i), modules.get(i), null);
    }
    Node node = new CoreNodes.And(parts.get(0).span(), items);
    shapes.note(node);
    return node;
  }

  /** A constant expression is evaluated once (on first use) and kept. */
  Node cachedIfConstant(Node node, Scope scope) {
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
  void checkNewName(String name, Span at, ModuleScope module, Scope scope) {
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

  Node compileRaw(Expr expr, ModuleScope module, Scope scope) {
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
      return applications.apply(a, module, scope);
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
      return definitions.let(l, module, scope);
    }
    if (expr instanceof Expr.Quantifier q) {
      List<BinderNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(q.bounds(), module, scope, bounds);
      Node body = compile(q.body(), module, inner);
      if (bounds.stream().anyMatch(b -> b.set() == null)) {
        // As in TLC, this is an error only if the formula is evaluated (e.g. not in an unused ASSUME).
        return new CoreNodes.Unsupported(span, "an unbounded quantifier (\\A x : P or \\E x : P) cannot be "
            + "evaluated; bound it: \\E x \\in S : P", Node.CONSTANT, body);
      }
      return new BinderNodes.Quantifier(span, q.universal(), bounds.toArray(new BinderNodes.Bound[0]), body);
    }
    if (expr instanceof Expr.Choose c) {
      List<BinderNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(List.of(c.bound()), module, scope, bounds);
      return new BinderNodes.Choose(span, bounds.get(0), compile(c.body(), module, inner));
    }
    if (expr instanceof Expr.SetEnum s) {
      return new DataNodes.SetEnum(span, all(s.elements(), module, scope));
    }
    if (expr instanceof Expr.SetFilter f) {
      List<BinderNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(List.of(f.bound()), module, scope, bounds);
      if (bounds.size() != 1) {
        throw error(span, "a set filter {x \\in S : P} binds exactly one name or tuple");
      }
      return new DataNodes.SetFilter(span, bounds.get(0), compile(f.predicate(), module, inner));
    }
    if (expr instanceof Expr.SetMap m) {
      List<BinderNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(m.bounds(), module, scope, bounds);
      return new DataNodes.SetMap(span, compile(m.element(), module, inner), bounds.toArray(new BinderNodes.Bound[0]));
    }
    if (expr instanceof Expr.FcnCtor f) {
      List<BinderNodes.Bound> bounds = new ArrayList<>();
      Scope inner = bounds(f.bounds(), module, scope, bounds);
      return new DataNodes.FcnCtor(span, bounds.toArray(new BinderNodes.Bound[0]), compile(f.body(), module, inner));
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
      return new ActionNodes.Unchanged(span, compile(u.inner(), module, scope));
    }
    if (expr instanceof Expr.ActionBox b) {
      return new ActionNodes.ActionBox(span, compile(b.action(), module, scope), compile(b.subscript(), module, scope),
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

  Node[] all(List<Expr> exprs, ModuleScope module, Scope scope) {
    Node[] nodes = new Node[exprs.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(exprs.get(i), module, scope);
    }
    return nodes;
  }

  /** Compiles bounds in order, each seeing the names bound before it; returns the inner scope. */
  Scope bounds(List<Expr.Bound> bounds, ModuleScope module, Scope scope, List<BinderNodes.Bound> out) {
    Scope inner = scope;
    for (Expr.Bound b : bounds) {
      if (b.tuple()) {
        Node set = b.set() == null ? null : compile(b.set(), module, inner);
        out.add(new BinderNodes.Bound(b.names().toArray(new String[0]), true, set));
        for (String name : b.names()) {
          checkNewName(name, b.span(), module, inner);
          inner = Scope.pushValue(inner, name);
        }
      } else {
        for (String name : b.names()) {
          Node set = b.set() == null ? null : compile(b.set(), module, inner);
          out.add(new BinderNodes.Bound(new String[] {name}, false, set));
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
  final java.util.Set<String> definingLet = new java.util.HashSet<>();



  Node except(Expr.Except e, ModuleScope module, Scope scope) {
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

  Node lookupLocal(String name, Span span, Scope scope, String missing) {
    int depth = 0;
    for (Scope s = scope; s != null; s = s.parent, depth++) {
      if (s.name.equals(name)) {
        return localRef(span, depth, s);
      }
    }
    throw error(span, missing);
  }
















  /** Resolves a top-level definition by name in the given module, for the configuration. */
  public static UserOp definition(ModuleScope module, String name) {
    ModuleScope.Symbol symbol = module.visible.get(name);
    return symbol instanceof ModuleScope.DefinitionSymbol d ? d.op() : null;
  }
}

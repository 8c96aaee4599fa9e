package tlacheck.eval.semantic;

import java.util.List;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.semantic.LevelEnv.Binding;
import tlacheck.eval.semantic.LevelEnv.Bound;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;

/**
 * One walk of an expression that computes its level and applies SANY's level rules (measured with
 * SANY 2.2 of TLC 2.18, construct by construct):
 * <ul>
 *   <li>{@code e'} and {@code UNCHANGED e} take a state function; {@code ENABLED e} an action;
 *       {@code [A]_v}, {@code <<A>>_v}, {@code WF_v(A)}, {@code SF_v(A)} an action A and a state
 *       function v. Their level is fixed (2, 2, 1, 2, 2, 3, 3), whatever the operand's.
 *   <li>Sets, tuples, function application, EXCEPT, CHOOSE, {@code =}, {@code \in} and the like
 *       take no temporal formula, nor does the range of a bound variable; a record or function
 *       constructor's value, IF, CASE and quantifiers' bodies take any level.
 *   <li>{@code []A} and {@code <>A} with A an action are refused unless written {@code [][A]_v},
 *       {@code <><<A>>_v}; {@code ~>} takes no action; {@code /\ \/ => <=>} may not mix a
 *       temporal formula with an action. These are judged where written, with parameters taken as
 *       constants.
 *   <li>An operator defined by the user takes, for each parameter, the highest level its body
 *       allows there (see {@link LevelChecker#call}).
 * </ul>
 * What a walk reports depends on its {@link Mode}.
 */
final class LevelWalk {
  enum Mode {
    /** Every error is reported. */
    REPORT,
    /** Only errors of an argument above an operator's limit are counted (see LevelChecker). */
    PROBE,
    /** Nothing is reported: the walk is for the level alone. */
    QUIET
  }

  private final LevelChecker checker;
  final Mode mode;
  final ModuleScope scope;
  /** Whether an instantiated module's CONSTANTs and VARIABLEs count as such (else as their substitutes). */
  final boolean own;
  int limitErrors;
  /** For the Leibniz analysis: the parameter followed, how deep inside priming-like operators the walk is, and whether it was met there. */
  Bound tracked;
  private int nonLeibnizDepth;
  boolean nonLeibnizSeen;
  private int atLevel;
  /** The unit a reporting walk checks: names it uses must be declared before it (see {@link #declaredBefore}). */
  Unit unit;
  /** Names declared RECURSIVE before {@link #unit}: they may be defined after it. */
  java.util.Set<String> recursive = java.util.Set.of();
  /** The LET definitions whose bodies a reporting walk is in, that may not use their own names (not RECURSIVE). */
  private final java.util.Set<LevelEnv.LocalDef> defining =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  LevelWalk(LevelChecker checker, Mode mode, ModuleScope scope, boolean own) {
    this.checker = checker;
    this.mode = mode;
    this.scope = scope;
    this.own = own;
  }

  // ------------------------------------------------------------------ errors

  /** An argument above the level its operator allows. */
  void limitError(Span span, String operator, String argument, int level, int max) {
    limitErrors++;
    if (mode == Mode.REPORT) {
      checker.report(span, "Level error in applying " + operator + ": " + argument + " is "
          + Level.describe(level) + ", above the maximum level allowed by the operator, "
          + Level.describe(max));
    }
  }

  /** A rule judged where the expression is written ([] of an action, a mixture, an action under ~>). */
  private void structuralError(Span span, String message) {
    if (mode == Mode.REPORT) {
      checker.report(span, message);
    }
  }

  private int limit(int level, int max, Span span, String operator, String argument) {
    if (Level.sure(level) && Level.value(level) > max) {
      limitError(span, operator, argument, level, max);
    }
    return level;
  }

  /** The level of {@code e}, its operands walked inside an operator that is not Leibniz. */
  private int underNonLeibniz(Expr e, LevelEnv env) {
    nonLeibnizDepth++;
    try {
      return level(e, env);
    } finally {
      nonLeibnizDepth--;
    }
  }

  /** The level of an argument, walked as a non-Leibniz operand when its operator is not Leibniz there. */
  int argument(Expr e, LevelEnv env, boolean leibniz) {
    return leibniz ? level(e, env) : underNonLeibniz(e, env);
  }

  // ------------------------------------------------------------------ expressions

  int level(Expr e, LevelEnv env) {
    if (e instanceof Expr.Num || e instanceof Expr.Str || e instanceof Expr.Bool) {
      return Level.CONSTANT;
    } else if (e instanceof Expr.At) {
      return atLevel;
    } else if (e instanceof Expr.Paren p) {
      return level(p.inner(), env);
    } else if (e instanceof Expr.Label l) {
      return level(l.body(), env);
    } else if (e instanceof Expr.Apply a) {
      return apply(a, env);
    } else if (e instanceof Expr.InstanceRef r) {
      return checker.instanceRef(this, r, env);
    } else if (e instanceof Expr.And and) {
      return junction(and.items(), env, and.span(), "/\\");
    } else if (e instanceof Expr.Or or) {
      return junction(or.items(), env, or.span(), "\\/");
    } else if (e instanceof Expr.If i) {
      return Level.max(level(i.condition(), env), Level.max(level(i.then(), env), level(i.otherwise(), env)));
    } else if (e instanceof Expr.Case c) {
      int result = c.other() == null ? Level.CONSTANT : level(c.other(), env);
      for (Expr.CaseArm arm : c.arms()) {
        result = Level.max(result, Level.max(level(arm.guard(), env), level(arm.result(), env)));
      }
      return result;
    } else if (e instanceof Expr.Let let) {
      return let(let, env);
    } else if (e instanceof Expr.Quantifier q) {
      LevelEnv inner = env;
      int result = Level.CONSTANT;
      for (Expr.Bound b : q.bounds()) {
        result = Level.max(result, range(b, env, q.universal() ? "\\A" : "\\E"));
        inner = bindNames(inner, b);
      }
      return Level.max(result, level(q.body(), inner));
    } else if (e instanceof Expr.Choose c) {
      int set = range(c.bound(), env, "CHOOSE");
      int body = limit(level(c.body(), bindNames(env, c.bound())), Level.ACTION, c.span(), "CHOOSE", "its body");
      return Level.max(set, body);
    } else if (e instanceof Expr.SetEnum s) {
      return elements(s.elements(), env, s.span(), "the set {...}", "element ");
    } else if (e instanceof Expr.Tuple t) {
      return elements(t.elements(), env, t.span(), "the tuple <<...>>", "component ");
    } else if (e instanceof Expr.SetFilter f) {
      int set = range(f.bound(), env, "{x \\in S : P}");
      int predicate = limit(level(f.predicate(), bindNames(env, f.bound())), Level.ACTION, f.span(),
          "{x \\in S : P}", "the condition P");
      return Level.max(set, predicate);
    } else if (e instanceof Expr.SetMap m) {
      LevelEnv inner = env;
      int result = Level.CONSTANT;
      for (Expr.Bound b : m.bounds()) {
        result = Level.max(result, range(b, env, "{e : x \\in S}"));
        inner = bindNames(inner, b);
      }
      return Level.max(result, limit(level(m.element(), inner), Level.ACTION, m.span(), "{e : x \\in S}",
          "the element e"));
    } else if (e instanceof Expr.FcnCtor f) {
      LevelEnv inner = env;
      int result = Level.CONSTANT;
      for (Expr.Bound b : f.bounds()) {
        result = Level.max(result, range(b, env, "[x \\in S |-> e]"));
        inner = bindNames(inner, b);
      }
      return Level.max(result, level(f.body(), inner));
    } else if (e instanceof Expr.FcnApp a) {
      int result = limit(level(a.function(), env), Level.ACTION, a.span(), "f[...] (function application)",
          "the function");
      return Level.max(result, elements(a.args(), env, a.span(), "f[...] (function application)", "argument "));
    } else if (e instanceof Expr.FcnSet s) {
      return Level.max(limit(level(s.domain(), env), Level.ACTION, s.span(), "[S -> T]", "S"),
          limit(level(s.range(), env), Level.ACTION, s.span(), "[S -> T]", "T"));
    } else if (e instanceof Expr.RecordCtor r) {
      int result = Level.CONSTANT;
      for (Expr value : r.values()) {
        result = Level.max(result, level(value, env));
      }
      return result;
    } else if (e instanceof Expr.RecordSet r) {
      return elements(r.sets(), env, r.span(), "the set of records [a : S]", "field set ");
    } else if (e instanceof Expr.Field f) {
      return limit(level(f.record(), env), Level.ACTION, f.span(), "r." + f.field(), "the record r");
    } else if (e instanceof Expr.Except x) {
      return except(x, env);
    } else if (e instanceof Expr.Prime p) {
      limit(underNonLeibniz(p.inner(), env), Level.STATE, p.span(), "operator ' (prime)", "its operand");
      return Level.ACTION;
    } else if (e instanceof Expr.Unchanged u) {
      limit(underNonLeibniz(u.inner(), env), Level.STATE, u.span(), "operator UNCHANGED", "its operand");
      return Level.ACTION;
    } else if (e instanceof Expr.Enabled en) {
      limit(underNonLeibniz(en.inner(), env), Level.ACTION, en.span(), "operator ENABLED", "its operand");
      return Level.STATE;
    } else if (e instanceof Expr.ActionBox b) {
      String form = b.angle() ? "<<A>>_v" : "[A]_v";
      limit(underNonLeibniz(b.action(), env), Level.ACTION, b.span(), form, "the action A");
      limit(underNonLeibniz(b.subscript(), env), Level.STATE, b.span(), form, "the subscript v");
      return Level.ACTION;
    } else if (e instanceof Expr.Always a) {
      return temporalPrefix(a.inner(), env, a.span(), false);
    } else if (e instanceof Expr.Eventually ev) {
      return temporalPrefix(ev.inner(), env, ev.span(), true);
    } else if (e instanceof Expr.Fairness f) {
      String form = f.strong() ? "SF_v(A)" : "WF_v(A)";
      limit(underNonLeibniz(f.subscript(), env), Level.STATE, f.span(), form, "the subscript v");
      limit(underNonLeibniz(f.action(), env), Level.ACTION, f.span(), form, "the action A");
      return Level.TEMPORAL;
    } else if (e instanceof Expr.Lambda) {
      return Level.guess(Level.CONSTANT); // only ever an operator argument, judged by its use
    }
    return Level.guess(Level.CONSTANT);
  }

  private int elements(List<Expr> elements, LevelEnv env, Span span, String operator, String what) {
    int result = Level.CONSTANT;
    for (int k = 0; k < elements.size(); k++) {
      String argument = elements.size() == 1 && !what.startsWith("argument") ? "its " + what.trim() : what + (k + 1);
      result = Level.max(result, limit(level(elements.get(k), env), Level.ACTION, span, operator, argument));
    }
    return result;
  }

  /** The set a bound variable ranges over (at most an action); 0 for an unbounded one. */
  private int range(Expr.Bound b, LevelEnv env, String operator) {
    if (b.set() == null) {
      return Level.CONSTANT;
    }
    return limit(level(b.set(), env), Level.ACTION, b.span(), operator, "the range of the bound variable "
        + String.join(", ", b.names()));
  }

  private static LevelEnv bindNames(LevelEnv env, Expr.Bound b) {
    for (String name : b.names()) {
      env = LevelEnv.bind(env, name, new Bound(Level.CONSTANT));
    }
    return env;
  }

  /** {@code /\}, {@code \/} (also {@code =>}, {@code <=>}): no temporal formula beside an action. */
  private int junction(List<Expr> items, LevelEnv env, Span span, String symbol) {
    int result = Level.CONSTANT;
    boolean temporal = false;
    boolean action = false;
    for (Expr item : items) {
      int level = level(item, env);
      temporal |= Level.is(level, Level.TEMPORAL);
      action |= Level.is(level, Level.ACTION);
      result = Level.max(result, level);
    }
    if (temporal && action) {
      structuralError(span, symbol + " has both temporal formula and action as arguments: TLA+ gives no"
          + " meaning to combining an action (with primes) and a temporal formula");
    }
    return result;
  }

  /** {@code []F}, {@code <>F}: an action F must be written {@code [A]_v} (for []) or {@code <<A>>_v} (for <>). */
  private int temporalPrefix(Expr inner, LevelEnv env, Span span, boolean eventually) {
    int level = underNonLeibniz(inner, env);
    Expr operand = inner;
    while (operand instanceof Expr.Paren p) {
      operand = p.inner();
    }
    boolean boxed = operand instanceof Expr.ActionBox box && box.angle() == eventually;
    if (!boxed && Level.is(level, Level.ACTION)) {
      structuralError(span, eventually
          ? "<> followed by action not of form <<A>>_v: <>A needs a temporal formula or state predicate A;"
              + " for an action write <><<A>>_v"
          : "[] followed by action not of form [A]_v: []A needs a temporal formula or state predicate A;"
              + " for an action write [][A]_v");
    }
    return Level.TEMPORAL;
  }

  private int except(Expr.Except x, LevelEnv env) {
    String operator = "[f EXCEPT ...]";
    int function = limit(level(x.function(), env), Level.ACTION, x.span(), operator, "the function f");
    int result = function;
    int saved = atLevel;
    atLevel = function;
    try {
      for (Expr.ExceptClause clause : x.clauses()) {
        for (Expr.PathStep step : clause.path()) {
          if (step.args() != null) {
            result = Level.max(result, elements(step.args(), env, x.span(), operator, "the argument "));
          }
        }
        result = Level.max(result, limit(level(clause.value(), env), Level.ACTION, x.span(), operator,
            "a new value"));
      }
    } finally {
      atLevel = saved;
    }
    return result;
  }

  private int let(Expr.Let let, LevelEnv env) {
    LevelEnv inner = env;
    java.util.List<LevelEnv.LocalDef> defs = new java.util.ArrayList<>();
    for (Unit unit : let.definitions()) {
      String name = LevelChecker.definedName(unit);
      if (name != null) {
        LevelEnv.LocalDef def = new LevelEnv.LocalDef(unit);
        defs.add(def);
        inner = LevelEnv.bind(inner, name, def);
      }
    }
    for (LevelEnv.LocalDef def : defs) {
      def.closure = inner;
    }
    if (mode == Mode.REPORT) {
      java.util.Set<String> recursiveNames = new java.util.HashSet<>();
      RecursiveSections sections = new RecursiveSections(checker::report);
      for (Unit unit : let.definitions()) {
        sections.unit(unit);
        if (unit instanceof Unit.Recursive r) {
          r.names().forEach(p -> recursiveNames.add(p.name()));
        }
      }
      sections.end();
      for (LevelEnv.LocalDef def : defs) {
        // As at the top level, only a function may use its own name without RECURSIVE.
        boolean selfForbidden = def.unit instanceof Unit.OpDef d && !recursiveNames.contains(d.name());
        if (selfForbidden) {
          defining.add(def);
        }
        try {
          checker.definitionBody(this, def.unit, inner, null, null);
        } finally {
          defining.remove(def);
        }
      }
    }
    return level(let.body(), inner);
  }

  // ------------------------------------------------------------------ names and operators

  private int apply(Expr.Apply a, LevelEnv env) {
    Binding local = LevelEnv.lookup(env, a.name());
    if (local instanceof Bound b) {
      if (b == tracked && nonLeibnizDepth > 0) {
        nonLeibnizSeen = true;
      }
      return a.args().isEmpty() ? b.level : Level.guess(arguments(a.args(), env));
    }
    if (local instanceof LevelEnv.OperatorParam) {
      return Level.guess(arguments(a.args(), env));
    }
    if (local instanceof LevelEnv.LocalDef def) {
      if (defining.contains(def)) {
        checker.report(a.span(), "Unknown operator: `" + a.name() + "' (a LET definition cannot use its own name"
            + " unless the name is declared RECURSIVE in that LET)");
        return Level.guess(arguments(a.args(), env));
      }
      return checker.call(this, def.unit, def.closure, scope, own, a, env);
    }
    ModuleScope.Symbol symbol = scope.visible.get(a.name());
    if (symbol != null) {
      declaredBefore(a.name(), a.span());
      return checker.global(this, symbol, a, env);
    }
    return builtIn(a, env);
  }

  /**
   * SANY reads a module in order: a name may be used only after the unit that declares or
   * defines it (or a RECURSIVE declaration of it), and a definition may use its own name only if
   * it defines a function ({@code f[n \in Nat] == ... f[n - 1]}).
   */
  void declaredBefore(String name, Span at) {
    if (mode != Mode.REPORT || unit == null || recursive.contains(name)) {
      return;
    }
    Span declared = scope.declaredAt.get(name);
    Span current = unit.span();
    if (declared == null || declared.file() != current.file() || declared.start() < current.start()) {
      return;
    }
    if (declared.start() == current.start() && unit instanceof Unit.FcnDef f && f.name().equals(name)) {
      return;
    }
    checker.report(at, "Unknown operator: `" + name + "' (" + (declared.start() == current.start()
        ? "a definition cannot use its own name unless it defines a function or the name is declared RECURSIVE"
        : "it is declared or defined later, at line " + declared.line() + ": TLA+ requires a name's"
            + " declaration or definition before its use, except for operators declared RECURSIVE") + ")");
  }

  /** The highest level of some arguments, none judged. */
  int arguments(List<Expr> args, LevelEnv env) {
    int result = Level.CONSTANT;
    for (Expr arg : args) {
      result = Level.max(result, level(arg, env));
    }
    return result;
  }

  /** An operator of TLA+ itself, by its canonical name. */
  private int builtIn(Expr.Apply a, LevelEnv env) {
    String name = a.name();
    List<Expr> args = a.args();
    switch (name) {
      case "BOOLEAN": case "STRING":
        return Level.CONSTANT;
      case "~":
        return args.size() == 1 ? level(args.get(0), env) : Level.guess(arguments(args, env));
      case "=>": case "<=>":
        return junction(args, env, a.span(), name);
      case "~>": case "-+->": {
        int result = Level.TEMPORAL;
        for (Expr arg : args) {
          int level = underNonLeibniz(arg, env);
          if (Level.is(level, Level.ACTION)) {
            structuralError(a.span(), "Action used where only temporal formula or state predicate allowed:"
                + " the operands of " + name + " may not be actions");
          }
          result |= level & ~3;
        }
        return result;
      }
      case "\\cdot":
        for (Expr arg : args) {
          underNonLeibniz(arg, env);
        }
        return Level.guess(Level.ACTION);
      default:
        break;
    }
    if (!BuiltinLevels.isBuiltIn(name)) {
      return Level.guess(arguments(args, env)); // a name the compiler will report
    }
    int result = Level.CONSTANT;
    for (int k = 0; k < args.size(); k++) {
      result = Level.max(result, limit(level(args.get(k), env), BuiltinLevels.builtIn(name), a.span(),
          "operator " + name, "argument " + (k + 1)));
    }
    return result;
  }
}

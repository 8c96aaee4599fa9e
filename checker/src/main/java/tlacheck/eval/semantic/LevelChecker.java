package tlacheck.eval.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.UserOp;
import tlacheck.eval.semantic.LevelEnv.Bound;
import tlacheck.eval.semantic.LevelWalk.Mode;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * SANY's level checking of every module a spec loads, before anything is evaluated, so that TLC's
 * refusals (exit 150) are ours: each definition, LET definition and ASSUME of each module, read
 * once with its own CONSTANTs at level 0 and VARIABLEs at level 1 (an ASSUME must be constant);
 * and each INSTANCE (see {@link InstanceLevels}). The rules for expressions are in
 * {@link LevelWalk}.
 *
 * <p>An operator defined by the user is judged by its uses as SANY judges it: for each parameter,
 * the highest level an argument may have is the highest at which the body has no more errors than
 * with a constant there ({@code F(a) == a'} takes a state function, so {@code F(x')} is refused at
 * the call); the level of an application is that of the body with the parameters at the levels of
 * the arguments. Both are computed once per definition and levels. A recursive call, an operator
 * parameter applied, or a name not resolved here gives a guessed level that raises no error.
 */
public final class LevelChecker {
  private final List<ModuleScope> scopes;
  private final Function<String, Module> written;
  private final List<TlaError> errors = new ArrayList<>();
  private final Map<Key, Summary> summaries = new HashMap<>();
  private final Map<ModuleScope.SubstitutionSymbol, Integer> substitutions = new IdentityHashMap<>();
  final InstanceLevels instances;
  private final ProofFacts facts;

  /**
   * @param scopes the scopes of every module read (one per INSTANCE for instantiated ones), in the order built
   * @param written the module of a name as the loader found it (null for a standard module built in)
   * @param moduleRead whether a module of that name was read with the spec
   */
  LevelChecker(List<ModuleScope> scopes, Function<String, Module> written, java.util.function.Predicate<String> moduleRead) {
    this.scopes = scopes;
    this.written = written;
    this.instances = new InstanceLevels(this, scopes, written);
    this.facts = new ProofFacts(this::report, moduleRead);
  }

  /** Checks every module read; throws every level error found, in the order SANY processes the modules. */
  void check() {
    Map<Module, Boolean> done = new IdentityHashMap<>();
    for (ModuleScope scope : scopes) {
      Module module = scope.module();
      if (module != null && done.put(module, Boolean.TRUE) == null) {
        checkModule(scope, module);
      }
    }
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
  }

  void report(Span span, String message) {
    errors.add(new TlaError(TlaError.Kind.SEMANTIC, span, message));
  }

  /** The units of one module in order; as SANY, the ASSUMEs' own levels are reported after the rest. */
  private void checkModule(ModuleScope scope, Module module) {
    List<TlaError> assumptions = new ArrayList<>();
    LabelParameters labels = new LabelParameters(this::report);
    Set<String> recursive = new HashSet<>();
    RecursiveSections sections = new RecursiveSections(this::report);
    Map<String, Span> submodules = new HashMap<>();
    for (Unit unit : module.units()) {
      labels.check(unit);
      sections.unit(unit);
      if (unit instanceof Unit.Submodule sub) {
        Span first = submodules.putIfAbsent(sub.module().name(), sub.span());
        if (first != null) {
          report(sub.span(), "Multiply-defined module '" + sub.module().name() + "': this definition conflicts with"
              + " the one at line " + first.line() + " (two modules nested in one module may not have the same name)");
        }
      }
      if (unit instanceof Unit.Recursive r) {
        r.names().forEach(p -> recursive.add(p.name()));
      }
      LevelWalk walk = new LevelWalk(this, Mode.REPORT, scope, true);
      walk.unit = unit;
      walk.recursive = recursive;
      if (unit instanceof Unit.OpDef || unit instanceof Unit.FcnDef) {
        definitionBody(walk, unit, null, null, null);
      } else if (unit instanceof Unit.Assume a) {
        int level = walk.level(a.body(), null);
        if (Level.sure(level) && Level.value(level) > Level.CONSTANT) {
          assumptions.add(new TlaError(TlaError.Kind.SEMANTIC, a.span(), "Level error: assumptions must be"
              + " level 0 (constant), but this one is " + Level.describe(level)));
        }
      } else if (unit instanceof Unit.Instance i) {
        instances.check(walk, i);
      } else if (unit instanceof Unit.UseOrHide u) {
        facts.check(u, scope);
      }
    }
    sections.end();
    errors.addAll(assumptions);
  }

  static String definedName(Unit unit) {
    if (unit instanceof Unit.OpDef d) {
      return d.name();
    }
    return unit instanceof Unit.FcnDef f ? f.name() : null;
  }

  static List<Unit.Param> params(Unit unit) {
    return unit instanceof Unit.OpDef d ? d.params() : List.of();
  }

  /**
   * Walks the body of a definition with {@code walk}: parameters at {@code levels} (all constant
   * when null), {@code tracked} (if not null) standing for parameter {@code trackedIndex}.
   */
  int definitionBody(LevelWalk walk, Unit unit, LevelEnv closure, int[] levels, Bound tracked) {
    LevelEnv env = closure;
    if (unit instanceof Unit.OpDef d) {
      for (int k = 0; k < d.params().size(); k++) {
        Unit.Param p = d.params().get(k);
        LevelEnv.Binding binding;
        if (p.arity() > 0) {
          binding = new LevelEnv.OperatorParam(p.arity());
        } else if (tracked != null && levels != null && levels[k] < 0) {
          binding = tracked;
        } else {
          binding = new Bound(levels == null || levels[k] < 0 ? Level.CONSTANT : levels[k]);
        }
        env = LevelEnv.bind(env, p.name(), binding);
      }
      return walk.level(d.body(), env);
    }
    Unit.FcnDef f = (Unit.FcnDef) unit;
    int result = Level.CONSTANT;
    for (Expr.Bound b : f.bounds()) {
      if (b.set() != null) {
        int set = walk.level(b.set(), closure);
        if (Level.sure(set) && Level.value(set) > Level.ACTION) {
          walk.limitError(b.span(), "the function definition " + f.name() + "[x \\in S]",
              "the range of the bound variable " + String.join(", ", b.names()), set, Level.ACTION);
        }
        result = Level.max(result, set);
      }
      for (String name : b.names()) {
        env = LevelEnv.bind(env, name, new Bound(Level.CONSTANT));
      }
    }
    return Level.max(result, walk.level(f.body(), env));
  }

  // ------------------------------------------------------------------ global names

  /** The level of {@code a}, a name of the module scope {@code symbol} applied to its arguments. */
  int global(LevelWalk walk, ModuleScope.Symbol symbol, Expr.Apply a, LevelEnv env) {
    if (symbol instanceof ModuleScope.VariableSymbol) {
      return a.args().isEmpty() ? Level.STATE : Level.guess(walk.arguments(a.args(), env));
    }
    if (symbol instanceof ModuleScope.ConstantSymbol) {
      return walk.arguments(a.args(), env); // an operator constant takes arguments of any level
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d) {
      UserOp op = d.op();
      if ((op.source instanceof Unit.OpDef || op.source instanceof Unit.FcnDef) && op.scope != null) {
        return call(walk, op.source, null, op.scope, walk.own, a, env);
      }
      return Level.guess(walk.arguments(a.args(), env));
    }
    if (symbol instanceof ModuleScope.BuiltinSymbol b) {
      int result = Level.CONSTANT;
      for (int k = 0; k < a.args().size(); k++) {
        if (k < b.op().arity() && b.op().paramArities()[k] > 0) {
          continue; // an operator argument
        }
        int level = walk.level(a.args().get(k), env);
        int max = BuiltinLevels.standard(b.op(), k);
        if (Level.sure(level) && Level.value(level) > max) {
          walk.limitError(a.span(), "operator " + a.name(), "argument " + (k + 1), level, max);
        }
        result = Level.max(result, level);
      }
      return result;
    }
    if (symbol instanceof ModuleScope.SubstitutionSymbol s) {
      int args = walk.arguments(a.args(), env);
      if (walk.own) {
        int declared = instances.isVariable(walk.scope, s.name) ? Level.STATE : Level.CONSTANT;
        return s.arity > 0 ? args : declared;
      }
      return s.arity > 0 ? Level.guess(args) : substitution(s);
    }
    return Level.guess(walk.arguments(a.args(), env));
  }

  /** The level of what an instance substitutes for one of its module's parameters. */
  private int substitution(ModuleScope.SubstitutionSymbol s) {
    Integer done = substitutions.get(s);
    if (done != null) {
      return done;
    }
    substitutions.put(s, Level.guess(Level.CONSTANT)); // a substitution that reaches itself
    LevelEnv env = null;
    for (String frame : s.frameNames) {
      env = LevelEnv.bind(env, frame.startsWith("!") ? frame.substring(1) : frame, new Bound(Level.guess(0)));
    }
    int level = new LevelWalk(this, Mode.QUIET, s.replacementScope, false).level(s.replacement, env);
    substitutions.put(s, level);
    return level;
  }

  /** {@code N!Op(args)}, {@code A!B!Op}: the definition in the instance, with its substitutions. */
  int instanceRef(LevelWalk walk, Expr.InstanceRef r, LevelEnv env) {
    ModuleScope scope = walk.scope;
    List<Expr.RefStep> steps = r.steps();
    int args = Level.CONSTANT;
    if (LevelEnv.lookup(env, steps.get(0).name()) == null) {
      walk.declaredBefore(steps.get(0).name(), steps.get(0).span());
    }
    for (int k = 0; k < steps.size() - 1; k++) {
      args = Level.max(args, walk.arguments(steps.get(k).args(), env));
      ModuleScope.Symbol symbol = scope.visible.get(steps.get(k).name());
      if (!(symbol instanceof ModuleScope.InstanceSymbol instance) || steps.get(k).positional()) {
        return Level.guess(Level.max(args, walk.arguments(steps.get(steps.size() - 1).args(), env)));
      }
      scope = instance.scope();
    }
    Expr.RefStep last = steps.get(steps.size() - 1);
    ModuleScope.Symbol symbol = last.positional() ? null : scope.exported.get(last.name());
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().scope != null
        && (d.op().source instanceof Unit.OpDef || d.op().source instanceof Unit.FcnDef)) {
      Expr.Apply call = new Expr.Apply(steps.get(0).name() + "!" + last.name(), last.args(), r.span());
      return Level.max(args, call(walk, d.op().source, null, d.op().scope, false, call, env));
    }
    return Level.guess(Level.max(args, walk.arguments(last.args(), env)));
  }

  // ------------------------------------------------------------------ user-defined operators

  /** A definition as judged in one place: the same text in another instance, or a LET in another walk, is another. */
  private record Key(Unit unit, LevelEnv closure, ModuleScope scope, boolean own) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.unit == unit && k.closure == closure && k.scope == scope && k.own == own;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(unit) * 31 + System.identityHashCode(closure) * 17
          + System.identityHashCode(scope) + (own ? 1 : 0);
    }
  }

  private static final class Summary {
    int[] maxLevels;
    final Map<Integer, Integer> results = new HashMap<>();
    Boolean[] leibniz;
    boolean busy;
  }

  private Summary summary(Key key) {
    return summaries.computeIfAbsent(key, k -> new Summary());
  }

  /**
   * The level of {@code a}, an application of the definition {@code unit}: each argument is judged
   * against the highest level the definition allows there, and the level is the body's with the
   * parameters at the arguments' levels.
   */
  int call(LevelWalk walk, Unit unit, LevelEnv closure, ModuleScope scope, boolean own, Expr.Apply a, LevelEnv env) {
    List<Unit.Param> params = params(unit);
    List<Expr> args = a.args();
    if (args.size() != params.size()) {
      // An operator named as an argument (F(Op)), or a wrong count the compiler reports.
      return Level.guess(walk.arguments(args, env));
    }
    Key key = new Key(unit, closure, scope, own);
    int[] levels = new int[args.size()];
    boolean guessed = false;
    for (int k = 0; k < args.size(); k++) {
      if (params.get(k).arity() > 0) {
        levels[k] = Level.CONSTANT; // an operator argument
        continue;
      }
      int level = walk.argument(args.get(k), env, walk.tracked == null || leibniz(key, k));
      guessed |= !Level.sure(level);
      levels[k] = Level.value(level);
    }
    if (walk.mode != Mode.QUIET) {
      int[] max = maxLevels(key);
      for (int k = 0; k < levels.length; k++) {
        if (levels[k] > max[k]) {
          walk.limitError(a.span(), "operator " + a.name(), "argument " + (k + 1), levels[k], max[k]);
          levels[k] = max[k];
        }
      }
    }
    int result = result(key, levels);
    return guessed ? Level.guess(result) : result;
  }

  /** The level of the definition's body with its parameters at {@code levels}. */
  private int result(Key key, int[] levels) {
    Summary s = summary(key);
    int packed = 0;
    for (int level : levels) {
      packed = packed * 4 + level;
    }
    boolean cacheable = levels.length <= 12;
    Integer done = cacheable ? s.results.get(packed) : null;
    if (done != null) {
      return done;
    }
    if (s.busy) {
      int max = Level.CONSTANT;
      for (int level : levels) {
        max = Math.max(max, level);
      }
      return Level.guess(max); // a recursive definition reached again
    }
    s.busy = true;
    try {
      int level = definitionBody(new LevelWalk(this, Mode.QUIET, key.scope(), key.own()), key.unit(),
          key.closure(), levels, null);
      if (cacheable) {
        s.results.put(packed, level);
      }
      return level;
    } finally {
      s.busy = false;
    }
  }

  /** For each parameter, the highest level its argument may have. */
  private int[] maxLevels(Key key) {
    Summary s = summary(key);
    if (s.maxLevels != null) {
      return s.maxLevels;
    }
    int n = params(key.unit()).size();
    int[] max = new int[n];
    java.util.Arrays.fill(max, Level.TEMPORAL);
    if (s.busy) {
      return max; // judged when the outer computation finishes
    }
    s.busy = true;
    try {
      int base = probe(key, new int[n]);
      for (int k = 0; k < n; k++) {
        if (params(key.unit()).get(k).arity() > 0) {
          continue;
        }
        for (int level = Level.STATE; level <= Level.TEMPORAL; level++) {
          int[] levels = new int[n];
          levels[k] = level;
          if (probe(key, levels) > base) {
            max[k] = level - 1;
            break;
          }
        }
      }
    } finally {
      s.busy = false;
    }
    s.maxLevels = max;
    return max;
  }

  private int probe(Key key, int[] levels) {
    LevelWalk walk = new LevelWalk(this, Mode.PROBE, key.scope(), key.own());
    definitionBody(walk, key.unit(), key.closure(), levels, null);
    return walk.limitErrors;
  }

  /**
   * Whether the definition is Leibniz in parameter {@code index}: its argument there never reaches
   * a prime, UNCHANGED, ENABLED, [A]_v, a temporal operator or a non-Leibniz parameter of another
   * operator (SANY refuses a non-Leibniz operator substituted for an operator constant).
   */
  boolean leibniz(Key key, int index) {
    Summary s = summary(key);
    int n = params(key.unit()).size();
    if (s.leibniz == null) {
      s.leibniz = new Boolean[n];
    }
    if (s.leibniz[index] != null) {
      return s.leibniz[index];
    }
    s.leibniz[index] = Boolean.TRUE; // a recursive definition reached again
    LevelWalk walk = new LevelWalk(this, Mode.QUIET, key.scope(), key.own());
    walk.tracked = new Bound(Level.CONSTANT);
    int[] levels = new int[n];
    levels[index] = -1;
    definitionBody(walk, key.unit(), key.closure(), levels, walk.tracked);
    s.leibniz[index] = !walk.nonLeibnizSeen;
    return s.leibniz[index];
  }

  /** Whether the definition {@code unit} of {@code scope} is Leibniz in parameter {@code index}. */
  boolean leibniz(Unit unit, LevelEnv closure, ModuleScope scope, int index) {
    return leibniz(new Key(unit, closure, scope, true), index);
  }

  /** The level of a definition's body with its parameters constant. */
  int ownLevel(Unit unit, LevelEnv closure, ModuleScope scope) {
    return result(new Key(unit, closure, scope, true), new int[params(unit).size()]);
  }
}

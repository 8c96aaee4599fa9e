package tlacheck.eval.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.semantic.LevelEnv.Bound;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * SANY's rules for {@code INSTANCE M WITH p <- e} (measured with SANY 2.2 of TLC 2.18), each
 * reported at the whole INSTANCE:
 * <ul>
 *   <li>Unless M is a constant module (no VARIABLE, and every definition of constant level, in M
 *       and what it extends), what is substituted for a CONSTANT must be constant and what is
 *       substituted for a VARIABLE at most a state function; this holds for the implicit
 *       substitutions ({@code p <- p}) too.
 *   <li>An operator substituted for an operator constant must be Leibniz: none of its parameters
 *       may be primed or put under UNCHANGED, ENABLED, {@code [A]_v}, {@code <<A>>_v}, a temporal
 *       operator, or a non-Leibniz parameter of another operator.
 * </ul>
 */
final class InstanceLevels {
  private record Parameter(String name, int arity, boolean variable) {}

  private final LevelChecker checker;
  private final List<ModuleScope> scopes;
  private final Function<String, Module> written;
  private final Map<Module, Map<String, Parameter>> parameters = new IdentityHashMap<>();
  private final Map<Module, Boolean> constantModules = new IdentityHashMap<>();

  InstanceLevels(LevelChecker checker, List<ModuleScope> scopes, Function<String, Module> written) {
    this.checker = checker;
    this.scopes = scopes;
    this.written = written;
  }

  /** Whether {@code name}, a parameter of the module of {@code scope}, is one of its VARIABLEs. */
  boolean isVariable(ModuleScope scope, String name) {
    Module module = scope.module();
    if (module == null) {
      return false;
    }
    Parameter p = parameters(module).get(name);
    return p != null && p.variable();
  }

  /** The CONSTANTs and VARIABLEs of {@code module} and of the modules it extends. */
  private Map<String, Parameter> parameters(Module module) {
    Map<String, Parameter> done = parameters.get(module);
    if (done != null) {
      return done;
    }
    Map<String, Parameter> result = new LinkedHashMap<>();
    parameters.put(module, result); // a module that extends itself is reported by the loader
    for (String name : module.extendsNames()) {
      Module extended = written.apply(name);
      if (extended != null) {
        parameters(extended).forEach(result::putIfAbsent);
      }
    }
    for (Unit unit : module.units()) {
      if (unit instanceof Unit.Constants c) {
        c.names().forEach(p -> result.putIfAbsent(p.name(), new Parameter(p.name(), p.arity(), false)));
      } else if (unit instanceof Unit.Variables v) {
        v.names().forEach(n -> result.putIfAbsent(n, new Parameter(n, 0, true)));
      }
    }
    return result;
  }

  /** A module with no VARIABLE whose definitions are all constant, nor those of what it extends. */
  private boolean constantModule(Module module) {
    Boolean done = constantModules.get(module);
    if (done != null) {
      return done;
    }
    constantModules.put(module, Boolean.TRUE);
    boolean constant = parameters(module).values().stream().noneMatch(Parameter::variable);
    for (String name : module.extendsNames()) {
      Module extended = written.apply(name);
      constant &= extended == null || constantModule(extended);
    }
    ModuleScope scope = scopeOf(module);
    if (constant && scope != null) {
      for (Unit unit : module.units()) {
        if (unit instanceof Unit.OpDef || unit instanceof Unit.FcnDef) {
          int level = checker.ownLevel(unit, null, scope);
          if (Level.sure(level) && Level.value(level) > Level.CONSTANT) {
            constant = false;
            break;
          }
        }
      }
    }
    constantModules.put(module, constant);
    return constant;
  }

  private ModuleScope scopeOf(Module module) {
    for (ModuleScope scope : scopes) {
      if (scope.module() == module) {
        return scope;
      }
    }
    return null;
  }

  /** Checks one INSTANCE statement of the module {@code walk} reports for. */
  void check(LevelWalk walk, Unit.Instance instance) {
    Module target = written.apply(instance.module());
    if (target == null) {
      return; // a standard module built in: no parameters
    }
    LevelEnv env = null;
    for (Unit.Param p : instance.params()) {
      env = LevelEnv.bind(env, p.name(), new Bound(Level.guess(Level.CONSTANT)));
    }
    Map<String, Expr> explicit = new HashMap<>();
    for (Unit.Substitution s : instance.substitutions()) {
      explicit.put(s.name(), s.value());
    }
    boolean constant = constantModule(target);
    for (Parameter p : parameters(target).values()) {
      Expr value = explicit.get(p.name());
      if (value == null) {
        value = new Expr.Apply(p.name(), List.of(), instance.span());
      }
      int level;
      List<Integer> nonLeibniz = new ArrayList<>();
      if (p.arity() == 0) {
        level = walk.level(value, env);
      } else {
        level = operator(walk, value, env, nonLeibniz);
      }
      int max = p.variable() ? Level.STATE : Level.CONSTANT;
      if (!constant && Level.sure(level) && Level.value(level) > max) {
        checker.report(instance.span(), "Level error in instantiating module '" + target.name()
            + "': what is substituted for '" + p.name() + "' must be " + (p.variable() ? "at most " : "")
            + Level.describe(max) + ", since " + target.name() + " is not a constant module, but this is "
            + Level.describe(level));
      }
      if (!nonLeibniz.isEmpty()) {
        checker.report(instance.span(), "Error in instantiating module '" + target.name() + "': a non-Leibniz"
            + " operator substituted for '" + p.name() + "': its argument " + nonLeibniz.get(0) + " is primed or"
            + " put under UNCHANGED, ENABLED, [A]_v or a temporal operator, so equal arguments need not give"
            + " equal results");
      }
    }
  }

  /**
   * The level of an operator substituted for an operator constant (its body's, with constant
   * arguments); adds to {@code nonLeibniz} each parameter (from 1) where it is not Leibniz.
   */
  private int operator(LevelWalk walk, Expr value, LevelEnv env, List<Integer> nonLeibniz) {
    if (value instanceof Expr.Lambda lambda) {
      Unit.OpDef def = new Unit.OpDef("LAMBDA", lambda.params().stream().map(n -> new Unit.Param(n, 0)).toList(),
          lambda.body(), false, lambda.span());
      for (int k = 0; k < lambda.params().size(); k++) {
        if (!checker.leibniz(def, env, walk.scope, k)) {
          nonLeibniz.add(k + 1);
        }
      }
      return checker.ownLevel(def, env, walk.scope);
    }
    if (value instanceof Expr.Apply a && a.args().isEmpty()
        && walk.scope.visible.get(a.name()) instanceof ModuleScope.DefinitionSymbol d
        && d.op().source instanceof Unit.OpDef def && d.op().scope != null) {
      for (int k = 0; k < def.params().size(); k++) {
        if (def.params().get(k).arity() == 0 && !checker.leibniz(def, null, d.op().scope, k)) {
          nonLeibniz.add(k + 1);
        }
      }
      return checker.ownLevel(def, null, d.op().scope);
    }
    return Level.guess(Level.CONSTANT); // a constant, a standard operator, or what the compiler reports
  }
}

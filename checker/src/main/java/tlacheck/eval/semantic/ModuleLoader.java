package tlacheck.eval.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlacheck.eval.BuiltinOp;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.UserOp;
import tlacheck.eval.stdlib.StandardModules;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.Parser;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * Reads a root module and the modules it extends or instantiates, and builds each module's scope.
 *
 * <p>Where a module comes from, as TLC decides (see {@link #resolve}): a module nested in the one
 * that names it; else the file {@code Name.tla} beside the spec, else on the library path
 * ({@link ModuleFiles}); else the standard module built in ({@link StandardModules}); else a module
 * written after the first one in the root file. A module read from a file (or written in one)
 * whose name is registered in {@link StandardModules} gets that module's Java operators in place of
 * its definitions of the same name and arity, as TLC's Java overrides replace them (see
 * StandardModules for the rule).
 *
 * <p>A module read through EXTENDS is built once and shared, and its VARIABLEs get state slots.
 * A module read through INSTANCE is built afresh for each INSTANCE statement (together with the
 * modules it extends): its CONSTANTs and VARIABLEs become substitutions, never state slots, and
 * its definitions become new operators compiled under those substitutions.
 */
public final class ModuleLoader {
  private final ModuleFiles files;
  /** Where each module found by {@link #resolve} comes from (nested modules aside), by name. */
  private final Map<String, Source> resolved = new HashMap<>();
  /** Scopes of modules read as the root or through EXTENDS (not instantiated), by name. */
  private final Map<String, ModuleScope> loaded = new HashMap<>();
  private final Map<String, Module> parsed = new HashMap<>();
  private final List<String> loading = new ArrayList<>();
  /** Variables of all loaded modules, by slot. */
  public final List<String> variables = new ArrayList<>();
  /** The variable of each name declared by a module read through EXTENDS (not instantiated). */
  private final Map<String, ModuleScope.VariableSymbol> variableSymbols = new HashMap<>();
  /** The names each scope got from EXTENDS or an unnamed INSTANCE (see {@link #addImported}). */
  private final Map<ModuleScope, Set<String>> importedNames = new java.util.IdentityHashMap<>();
  /** The VARIABLEs of standard modules (RealTime's now), by name, once declared. */
  private final Map<String, ModuleScope.Symbol> standardVariables = new HashMap<>();
  /** Constants of all loaded modules, by name (modules that extend one another share them). */
  public final Map<String, ModuleScope.ConstantSymbol> constants = new java.util.LinkedHashMap<>();

  /** ASSUME units of all loaded modules, with the module each belongs to. */
  public final List<Assumption> assumptions = new ArrayList<>();

  public record Assumption(Expr body, ModuleScope scope) {}

  /** Modules after the first one in the root file: used when the folder has no file of that name. */
  private final Map<String, Module> laterInRootFile = new HashMap<>();
  /** Modules nested in a module, by name, with the names of the enclosing module visible where each is written. */
  private final Map<String, Module> nested = new HashMap<>();
  private final Map<Module, Map<String, ModuleScope.Symbol>> nestedContext = new java.util.IdentityHashMap<>();

  /** Every scope built, in the order each was completed (a module after those it extends or instantiates). */
  private final List<ModuleScope> built = new ArrayList<>();

  /** Every definition of every scope built, instances included (for {@code C <- [M] D} overrides). */
  public final List<UserOp> definitions = new ArrayList<>();

  /** A loader that finds modules beside the spec (in {@code folder}) and in the standard modules only. */
  public ModuleLoader(Path folder) {
    this(folder, List.of());
  }

  /** A loader that also finds modules on the library path {@code library} (folders, .jar and .zip files, in order). */
  public ModuleLoader(Path folder, List<Path> library) {
    this.files = new ModuleFiles(folder, library);
  }

  /**
   * Reads the root module and every module it extends or instantiates, and level-checks them all
   * as SANY does (see {@link LevelChecker}); throws {@link TlaError} on bad input.
   */
  public ModuleScope loadRoot(Path file) {
    Module module = Parser.parse(ModuleFiles.read(file, null));
    parsed.put(module.name(), module);
    module.laterModules().forEach(m -> laterInRootFile.putIfAbsent(m.name(), m));
    ModuleScope root = build(module, null);
    new LevelChecker(built, this::written,
        name -> nested.containsKey(name) || resolved.containsKey(name) || parsed.containsKey(name)).check();
    return root;
  }

  /** The text of module {@code name} as found by {@link #resolve} (null for a standard module built in or one not read). */
  private Module written(String name) {
    Module inner = nested.get(name);
    if (inner != null) {
      return inner;
    }
    return resolved.get(name) instanceof Written w ? w.module() : parsed.get(name);
  }

  /** Where a module comes from: its text (a file, or a module written in another), or the Java of a standard module. */
  private sealed interface Source permits Written, BuiltIn {}

  private record Written(Module module) implements Source {}

  private record BuiltIn(Map<String, BuiltinOp> operators) implements Source {}

  /**
   * Where module {@code name}, used by module {@code importer} at {@code requestedAt}, comes from.
   * The order is TLC 2.18's (each step checked with it): the spec's folder wins over the library
   * path, the library path over the standard modules (TLC reads even those from files, after the
   * library path: a Naturals.tla beside the spec is the one it reads), and all of them over a
   * module written later in the root file. A registered module that TLC does not ship (a
   * CommunityModule implemented here) is used as built in when no file has it, where TLC would
   * report it missing; and it is used before a module of that name later in the root file, which
   * TLC would take (a difference only for a root file that defines such a module itself).
   */
  private Source resolve(String name, String importer, Span requestedAt) {
    Module inner = nested.get(name);
    if (inner != null) {
      return new Written(inner);
    }
    Source done = resolved.get(name);
    if (done != null) {
      return done;
    }
    Source source = parsed.containsKey(name) ? new Written(parsed.get(name)) : find(name, importer, requestedAt);
    resolved.put(name, source);
    return source;
  }

  /** A module that is not the root: its file, else the standard module, else a later module of the root file. */
  private Source find(String name, String importer, Span requestedAt) {
    SourceFile file = files.find(name, requestedAt);
    if (file != null) {
      Module module = Parser.parse(file);
      if (!module.name().equals(name)) {
        throw new TlaError(TlaError.Kind.SEMANTIC, module.span(), "file " + file.name() + " holds module "
            + module.name() + ", not " + name);
      }
      parsed.put(name, module);
      return new Written(module);
    }
    Map<String, BuiltinOp> standard = StandardModules.module(name);
    if (standard != null) {
      return new BuiltIn(standard);
    }
    Module later = laterInRootFile.get(name);
    if (later != null) {
      return new Written(later);
    }
    throw files.notFound(name, importer, requestedAt);
  }

  /** The scope of a written module extended by one being built (rebuilt per instantiation, shared otherwise). */
  private ModuleScope extended(Written source, Span requestedAt, Instantiation inst) {
    String name = source.module().name();
    ModuleScope done = inst == null ? loaded.get(name) : inst.built.get(name);
    if (done != null) {
      return done;
    }
    checkNotLoading(name, requestedAt);
    return build(source.module(), inst);
  }

  private void checkNotLoading(String name, Span requestedAt) {
    if (loading.contains(name)) {
      throw new TlaError(TlaError.Kind.SEMANTIC, requestedAt, "module " + name + " extends or instantiates itself"
          + " (cycle: " + String.join(" -> ", loading) + " -> " + name + ")");
    }
  }

  private ModuleScope build(Module module, Instantiation inst) {
    loading.add(module.name());
    ModuleScope scope = inst == null ? new ModuleScope(module.name(), module)
        : new ModuleScope(module.name(), module, inst.frameNames);
    Map<Unit.Instance, ModuleScope.InstanceSymbol> inLet = new java.util.IdentityHashMap<>();
    scope.letInstances = i -> inLet.computeIfAbsent(i, statement -> instantiate(scope, statement, false));
    scope.visible.putAll(nestedContext.getOrDefault(module, Map.of())); // a nested module sees what precedes it
    try {
      for (int k = 0; k < module.extendsNames().size(); k++) {
        importModule(scope, module.extendsNames().get(k), module.extendsSpans().get(k), true, inst);
      }
      for (Unit unit : module.units()) {
        declare(scope, unit, inst);
      }
    } finally {
      loading.remove(module.name());
    }
    if (inst == null) {
      loaded.put(module.name(), scope);
    } else {
      inst.built.put(module.name(), scope);
    }
    built.add(scope);
    return scope;
  }

  private void importModule(ModuleScope scope, String name, Span at, boolean export, Instantiation inst) {
    Source source = resolve(name, scope.name, at);
    if (source instanceof BuiltIn builtin) {
      for (Map.Entry<String, BuiltinOp> e : builtin.operators().entrySet()) {
        addImported(scope, e.getKey(), new ModuleScope.BuiltinSymbol(e.getValue()), export, at);
      }
      for (String variable : StandardModules.variables(name)) {
        // RealTime's now: one state variable however many modules extend the module.
        ModuleScope.Symbol symbol = inst != null ? inst.substitution(variable, 0)
            : standardVariables.computeIfAbsent(variable, v -> {
              variables.add(v);
              return new ModuleScope.VariableSymbol(variables.size() - 1, v);
            });
        add(scope, variable, symbol, export, at);
      }
      return;
    }
    for (Map.Entry<String, ModuleScope.Symbol> e : extended((Written) source, at, inst).exported.entrySet()) {
      addImported(scope, e.getKey(), e.getValue(), export, at);
    }
  }

  /**
   * A name brought in by EXTENDS or an unnamed INSTANCE. When another module brought in a
   * different operator of that name first, SANY only warns ("the definition of 'Foo' conflicts
   * with its definition ...") and TLC keeps the first; anything else is {@link #add}'s.
   */
  private void addImported(ModuleScope scope, String name, ModuleScope.Symbol symbol, boolean export, Span at) {
    ModuleScope.Symbol existing = scope.visible.get(name);
    Set<String> imported = importedNames.computeIfAbsent(scope, k -> new HashSet<>());
    if (isOperator(existing) && isOperator(symbol) && imported.contains(name)) {
      return;
    }
    add(scope, name, symbol, export, at);
    imported.add(name);
  }

  private static boolean isOperator(ModuleScope.Symbol symbol) {
    return symbol instanceof ModuleScope.DefinitionSymbol || symbol instanceof ModuleScope.BuiltinSymbol;
  }

  private void add(ModuleScope scope, String name, ModuleScope.Symbol symbol, boolean export, Span at) {
    ModuleScope.Symbol existing = scope.visible.get(name);
    if (existing != null && !existing.equals(symbol) && !sameBuiltin(existing, symbol)) {
      if (sameDefinition(existing, symbol)) {
        return; // The same definition reached twice (e.g. EXTENDS and INSTANCE of a module without parameters).
      }
      throw new TlaError(TlaError.Kind.SEMANTIC, at, "multiple definitions of " + name + " in module " + scope.name);
    }
    scope.visible.put(name, symbol);
    if (!(symbol instanceof ModuleScope.BuiltinSymbol)) {
      scope.declaredAt.putIfAbsent(name, at);
    }
    if (export) {
      scope.exported.put(name, symbol);
    }
  }

  private static boolean sameBuiltin(ModuleScope.Symbol a, ModuleScope.Symbol b) {
    return a instanceof ModuleScope.BuiltinSymbol x && b instanceof ModuleScope.BuiltinSymbol y
        && x.op().name().equals(y.op().name()) && x.op().arity() == y.op().arity();
  }

  private static boolean sameDefinition(ModuleScope.Symbol a, ModuleScope.Symbol b) {
    return a instanceof ModuleScope.DefinitionSymbol x && b instanceof ModuleScope.DefinitionSymbol y
        && x.op().source == y.op().source && x.op().frame == 0 && y.op().frame == 0;
  }

  private void declare(ModuleScope scope, Unit unit, Instantiation inst) {
    if (unit instanceof Unit.Variables v) {
      for (String name : v.names()) {
        ModuleScope.Symbol symbol;
        if (inst != null && inst.ownVariables != null) {
          symbol = new ModuleScope.VariableSymbol(inst.ownVariables.size(), name); // a slot of ENABLED's own state
          inst.ownVariables.add(name);
        } else if (inst != null) {
          symbol = inst.substitution(name, 0);
        } else if (scope.visible.get(name) instanceof ModuleScope.VariableSymbol) {
          continue; // Declared again (here or in a module extended): SANY only warns, and TLC has one variable.
        } else {
          // Two modules extended together may each declare it: still one variable (SANY warns).
          symbol = variableSymbols.computeIfAbsent(name, k -> {
            variables.add(k);
            return new ModuleScope.VariableSymbol(variables.size() - 1, k);
          });
        }
        add(scope, name, symbol, true, v.span());
      }
    } else if (unit instanceof Unit.Constants c) {
      for (Unit.Param p : c.names()) {
        ModuleScope.Symbol symbol = inst != null ? inst.substitution(p.name(), p.arity())
            : constants.computeIfAbsent(p.name(), k -> new ModuleScope.ConstantSymbol(p.name(), p.arity()));
        if (symbol instanceof ModuleScope.ConstantSymbol k && k.arity != p.arity()) {
          throw new TlaError(TlaError.Kind.SEMANTIC, c.span(), "Multiply-defined symbol '" + p.name() + "': the"
              + " constant " + p.name() + " is already declared with " + k.arity + " argument(s); declaring it"
              + " again is allowed (SANY warns) only with the same number of arguments");
        }
        add(scope, p.name(), symbol, true, c.span());
      }
    } else if (unit instanceof Unit.OpDef d) {
      if (!overridden(scope, d.name(), d.params(), !d.local(), d.span())) {
        UserOp op = definition(scope, d.name(), d.params(), d.span(), d);
        add(scope, d.name(), new ModuleScope.DefinitionSymbol(op), !d.local(), d.span());
      }
    } else if (unit instanceof Unit.FcnDef f) {
      if (!overridden(scope, f.name(), List.of(), !f.local(), f.span())) {
        UserOp op = definition(scope, f.name(), List.of(), f.span(), f);
        add(scope, f.name(), new ModuleScope.DefinitionSymbol(op), !f.local(), f.span());
      }
    } else if (unit instanceof Unit.Assume a) {
      // TLC checks the assumptions of the modules a spec extends, not of those it instantiates.
      if (inst == null) {
        assumptions.add(new Assumption(a.body(), scope));
      }
      if (a.name() != null) {
        Unit.OpDef def = new Unit.OpDef(a.name(), List.of(), a.body(), false, a.span());
        add(scope, a.name(), new ModuleScope.DefinitionSymbol(definition(scope, a.name(), List.of(), a.span(), def)),
            true, a.span());
      }
    } else if (unit instanceof Unit.Instance i) {
      instantiate(scope, i, true);
    } else if (unit instanceof Unit.Submodule sub) {
      nested.put(sub.module().name(), sub.module());
      nestedContext.put(sub.module(), new HashMap<>(scope.visible));
    }
  }

  /**
   * Whether a definition of {@code scope}'s module is replaced by the Java operator of the same
   * name and the same parameters (count, and arity of each) that {@link StandardModules} registers
   * for a module of that name; if so, that operator is declared in its place, and the TLA+
   * definition is never compiled. As TLC 2.18 does with its overrides (lang/JavaOverrides,
   * lang/OverridesOnlyReplace): a Java operator the module does not define is not added; and, as
   * for its CommunityModules overrides, a definition with other parameters keeps its TLA+ meaning.
   */
  private boolean overridden(ModuleScope scope, String name, List<Unit.Param> params, boolean export, Span span) {
    Map<String, BuiltinOp> java = StandardModules.module(scope.name);
    BuiltinOp op = java == null ? null : java.get(name);
    if (op == null || op.arity() != params.size()) {
      return false;
    }
    for (int k = 0; k < params.size(); k++) {
      if (op.paramArities()[k] != params.get(k).arity()) {
        return false;
      }
    }
    add(scope, name, new ModuleScope.BuiltinSymbol(op), export, span);
    scope.declaredAt.putIfAbsent(name, span); // still a definition written in the module, for SANY's checks
    return true;
  }

  /** A definition of {@code scope}; in an instance it takes the instance's frame as hidden leading parameters. */
  private UserOp definition(ModuleScope scope, String name, List<Unit.Param> params, Span span, Unit source) {
    int frame = scope.frame();
    String[] names = new String[frame + params.size()];
    int[] arities = new int[names.length];
    for (int i = 0; i < frame; i++) {
      names[i] = displayName(scope.frameNames[i]);
    }
    for (int i = 0; i < params.size(); i++) {
      names[frame + i] = params.get(i).name();
      arities[frame + i] = params.get(i).arity();
    }
    UserOp op = new UserOp(name, names, arities, span, scope.name, source);
    op.scope = scope;
    op.frame = frame;
    definitions.add(op);
    return op;
  }

  private static String displayName(String frameName) {
    return frameName.startsWith("!") ? frameName.substring(1) : frameName;
  }

  // ---------------------------------------------------------------- INSTANCE

  /** One INSTANCE statement being built: what the instantiated module's parameters resolve to. */
  private static final class Instantiation {
    final Unit.Instance statement;
    final ModuleScope instantiator;
    final String[] frameNames;
    final Map<String, Expr> explicit = new LinkedHashMap<>();
    final Set<String> used = new HashSet<>();
    final Map<String, ModuleScope.SubstitutionSymbol> symbols = new HashMap<>();
    /** The modules built for this instantiation (the instantiated one and those it extends). */
    final Map<String, ModuleScope> built = new HashMap<>();
    /**
     * For the variant ENABLED is evaluated in (see {@link ModuleScope#withOwnVariables}): the
     * module's variables, in slot order, which are then its own instead of substituted; else null.
     */
    List<String> ownVariables;

    Instantiation(Unit.Instance statement, ModuleScope instantiator, String[] frameNames) {
      this.statement = statement;
      this.instantiator = instantiator;
      this.frameNames = frameNames;
    }

    /** {@code WITH name <- e}, or (as TLC and SANY do) the instantiating module's own {@code name}. */
    ModuleScope.SubstitutionSymbol substitution(String name, int arity) {
      ModuleScope.SubstitutionSymbol done = symbols.get(name);
      if (done != null) {
        return done;
      }
      Expr replacement = explicit.get(name);
      if (replacement != null) {
        used.add(name);
      } else {
        if (!instantiator.visible.containsKey(name) && !ownParameters().contains(name)) {
          throw new TlaError(TlaError.Kind.SEMANTIC, statement.span(), "INSTANCE " + statement.module()
              + ": the module declares " + name + ", which has no substitution (WITH " + name
              + " <- ...) and is not defined in module " + instantiator.name);
        }
        replacement = new Expr.Apply(name, List.of(), statement.span());
      }
      ModuleScope.SubstitutionSymbol symbol = new ModuleScope.SubstitutionSymbol(name, arity, replacement,
          instantiator, frameNames);
      symbols.put(name, symbol);
      return symbol;
    }

    private List<String> ownParameters() {
      List<String> names = new ArrayList<>();
      for (Unit.Param p : statement.params()) {
        names.add(p.name());
      }
      return names;
    }
  }

  /**
   * Builds the instance an INSTANCE statement written in {@code scope} makes; if {@code declare},
   * declares it there (its name, or for an unnamed one its definitions), else (an INSTANCE inside a
   * LET, seen only by the LET's body) only returns it.
   */
  private ModuleScope.InstanceSymbol instantiate(ModuleScope scope, Unit.Instance i, boolean declare) {
    for (Unit.Param p : i.params()) {
      if (p.arity() > 0) {
        throw new TlaError(TlaError.Kind.SEMANTIC, i.span(), "INSTANCE with an operator parameter ("
            + p.name() + ") is not supported");
      }
    }
    String[] frameNames = new String[scope.frame() + i.params().size()];
    for (int k = 0; k < scope.frame(); k++) {
      frameNames[k] = scope.frameNames[k].startsWith("!") ? scope.frameNames[k] : "!" + scope.frameNames[k];
    }
    for (int k = 0; k < i.params().size(); k++) {
      frameNames[scope.frame() + k] = i.params().get(k).name();
    }
    Source source = resolve(i.module(), scope.name, i.moduleSpan());
    if (i.name() != null && scope.visible.get(i.name()) instanceof ModuleScope.InstanceSymbol first
        && first.paramCount() == i.params().size()) {
      return first; // N == INSTANCE ... written again: SANY only warns, and TLC keeps the first.
    }
    if (source instanceof BuiltIn standardModule) {
      Map<String, BuiltinOp> builtin = standardModule.operators();
      if (!StandardModules.variables(i.module()).isEmpty()) {
        throw new TlaError(TlaError.Kind.SEMANTIC, i.span(), "INSTANCE " + i.module()
            + " (a standard module with a VARIABLE) is not supported yet; EXTENDS " + i.module() + " is");
      }
      if (!i.substitutions().isEmpty()) {
        throw new TlaError(TlaError.Kind.SEMANTIC, i.span(), "the standard module " + i.module()
            + " has no parameters to substitute");
      }
      if (i.name() == null) {
        importModule(scope, i.module(), i.span(), !i.local(), null);
        return null;
      }
      ModuleScope standard = new ModuleScope(i.module(), null, frameNames);
      for (Map.Entry<String, BuiltinOp> e : builtin.entrySet()) {
        ModuleScope.BuiltinSymbol symbol = new ModuleScope.BuiltinSymbol(e.getValue());
        standard.visible.put(e.getKey(), symbol);
        standard.exported.put(e.getKey(), symbol);
      }
      ModuleScope.InstanceSymbol named = new ModuleScope.InstanceSymbol(i.name(), standard, i.params().size(), i.span());
      if (declare) {
        add(scope, i.name(), named, !i.local(), i.span());
      }
      return named;
    }
    Instantiation inst = new Instantiation(i, scope, frameNames);
    for (Unit.Substitution sub : i.substitutions()) {
      if (inst.explicit.put(sub.name(), sub.value()) != null) {
        throw new TlaError(TlaError.Kind.SEMANTIC, sub.value().span(), "INSTANCE " + i.module()
            + " substitutes " + sub.name() + " twice");
      }
    }
    checkNotLoading(i.module(), i.moduleSpan());
    ModuleScope instance = build(((Written) source).module(), inst);
    ModuleScope[] ownVariables = new ModuleScope[1];
    for (ModuleScope built : inst.built.values()) {
      built.instantiatedAt = i.span();
      built.instantiatedIn = scope.name;
      built.substitutes = !inst.symbols.isEmpty();
      built.withOwnVariables = () -> {
        if (ownVariables[0] == null) {
          // The same instance with the module's variables its own, its constants substituted as here.
          Instantiation variant = new Instantiation(i, scope, frameNames);
          variant.explicit.putAll(inst.explicit);
          variant.ownVariables = new ArrayList<>();
          build(((Written) source).module(), variant);
          variant.built.values().forEach(b -> b.ownVariables = variant.ownVariables.toArray(new String[0]));
          ownVariables[0] = variant.built.get(instance.name);
        }
        return built == instance ? ownVariables[0] : null;
      };
    }
    for (String name : inst.explicit.keySet()) {
      if (!inst.used.contains(name)) {
        throw new TlaError(TlaError.Kind.SEMANTIC, inst.explicit.get(name).span(), "INSTANCE " + i.module()
            + " WITH " + name + " <- ...: module " + i.module() + " declares no CONSTANT or VARIABLE " + name);
      }
    }
    if (i.name() != null) {
      ModuleScope.InstanceSymbol named = new ModuleScope.InstanceSymbol(i.name(), instance, i.params().size(), i.span());
      if (declare) {
        add(scope, i.name(), named, !i.local(), i.span());
      }
      return named;
    }
    // An unnamed INSTANCE brings in the module's definitions; its parameters stay substituted.
    for (Map.Entry<String, ModuleScope.Symbol> e : instance.exported.entrySet()) {
      ModuleScope.Symbol symbol = e.getValue();
      if (symbol instanceof ModuleScope.DefinitionSymbol || symbol instanceof ModuleScope.BuiltinSymbol
          || symbol instanceof ModuleScope.InstanceSymbol) {
        addImported(scope, e.getKey(), symbol, !i.local(), i.span());
      }
    }
    return null;
  }
}

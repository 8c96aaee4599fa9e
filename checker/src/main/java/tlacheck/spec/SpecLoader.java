package tlacheck.spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlacheck.config.ConfigParser;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ActionCall;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.semantic.ModuleLoader;
import tlacheck.eval.stdlib.StandardModules;
import tlacheck.eval.temporal.FairnessCondition;
import tlacheck.eval.temporal.TemporalFormula;
import tlacheck.eval.temporal.TemporalProperty;
import tlacheck.eval.temporal.TemporalTranslator;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Unit;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.ModelValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

/**
 * Loads a spec for checking: binds the model configuration's constants, resolves the behaviour
 * (INIT and NEXT, or a SPECIFICATION split into its initial predicate, next-state relation and
 * fairness), compiles every definition, invariant, constraint and property, and hands the parts
 * to a {@link CompiledSpec}. Every error of the spec and configuration found here is reported
 * at once.
 *
 * <p>The steps follow the flow: {@link #parse} reads the root module and what it extends or
 * instantiates; {@link #compile} takes those modules and a configuration that was read once by
 * the caller. {@link #load} does both, for callers that hold only file names.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /** The modules of a spec, read and resolved: the root's scope and everything loaded with it. */
  public static final class Modules {
    private final ModuleLoader loader;
    private final ModuleScope root;

    private Modules(ModuleLoader loader, ModuleScope root) {
      this.loader = loader;
      this.root = root;
    }
  }

  /** Reads the root module and every module it extends or instantiates; throws {@link TlaError} on bad input. */
  public static Modules parse(Path specFile) {
    ModuleLoader loader = new ModuleLoader(specFile.toAbsolutePath().getParent());
    return new Modules(loader, loader.loadRoot(specFile));
  }

  /** Reads a model configuration file; throws {@link TlaError} if it cannot be read or parsed. */
  public static ModelConfig readConfig(Path configFile) {
    return ConfigParser.parse(readConfigText(configFile));
  }

  /** A model configuration file's text, before it is parsed (TLC reports a missing one first). */
  public static SourceFile readConfigText(Path configFile) {
    try {
      return new SourceFile(configFile.toString(), Files.readString(configFile));
    } catch (IOException e) {
      throw new TlaError(TlaError.Kind.CONFIG, null, "cannot read the model configuration " + configFile + ": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
    }
  }

  /** Parses, resolves and compiles a spec with its configuration; throws {@link TlaError} on bad input. */
  public static CompiledSpec load(Path specFile, Path configFile, PrintStream out) {
    Modules modules = parse(specFile);
    return compile(modules, readConfig(configFile), configFile.getFileName().toString(), out);
  }

  static final class Parts {
    String moduleName;
    String[] variables;
    Node init;
    Node next;
    ActionCall nextLabel;
    List<String> invariantNames = new ArrayList<>();
    List<Node> invariants = new ArrayList<>();
    /** Per invariant, whether it is pure (see {@link Compiler#impure}). */
    List<Boolean> invariantsPure = new ArrayList<>();
    /** Per property, whether it is pure. */
    List<Boolean> propertiesPure = new ArrayList<>();
    /**
     * Whether no invariant has effects, including those that come from properties (which
     * {@link #invariantsPure} marks impure all the same, so that they are evaluated whole).
     */
    boolean invariantsEffectFree = true;
    boolean initPure;
    List<Node> constraints = new ArrayList<>();
    /** Per constraint, whether it is pure (see {@link Compiler#impure}). */
    List<Boolean> constraintsPure = new ArrayList<>();
    List<Node> actionConstraints = new ArrayList<>();
    List<Node> assumptions = new ArrayList<>();
    boolean checkDeadlock = true;
    RunServices runtime;
    List<ScopedExpr> fairnessExprs = new ArrayList<>();
    List<FairnessCondition> fairness = new ArrayList<>();
    List<TemporalFormula> fairnessFormulas = new ArrayList<>();
    List<TemporalProperty> temporalProperties = new ArrayList<>();
    boolean symmetry;
    Node view;
    ModelConfig.Named symmetryName;
    Node symmetrySet;
    Node alias;
    List<ModelConfig.Named> postconditionNames = new ArrayList<>();
    List<Node> postconditions = new ArrayList<>();
  }

  /**
   * Compiles the modules of a spec with a configuration ({@code configName} names it in errors);
   * throws {@link TlaError} with every error found.
   */
  public static CompiledSpec compile(Modules modules, ModelConfig config, String configName, PrintStream out) {
    ModuleLoader loader = modules.loader;
    ModuleScope root = modules.root;
    Parts b = new Parts();
    b.moduleName = root.name;
    b.variables = loader.variables.toArray(new String[0]);
    b.runtime = new RunServices(out, 0);
    rejectUnsupported(config);
    b.symmetry = config.symmetry() != null;
    Compiler compiler = new Compiler();
    compiler.variableNames = b.variables;
    bindConstants(config, loader, root, compiler);
    if (config.checkDeadlock() != null) {
      b.checkDeadlock = config.checkDeadlock();
    }
    resolveBehaviour(config, root, compiler, b);
    if (b.init == null && (b.variables.length > 0 || !config.invariants().isEmpty() || !config.properties().isEmpty())) {
      // Without a behaviour only the assumptions are checked: right for a module of constants
      // alone. A spec with variables, or a configuration with something to check in its states,
      // needs the initial predicate, as TLC says too.
      Span at = !config.invariants().isEmpty() ? config.invariants().get(0).span()
          : !config.properties().isEmpty() ? config.properties().get(0).span() : Span.NONE;
      throw configError(at, configName + " does not specify the initial predicate: give INIT and NEXT, "
          + "or a SPECIFICATION" + (b.variables.length > 0 ? " (the spec has variables)" : ""));
    }
    compileViews(config, root, compiler, b);
    for (ModelConfig.Named name : config.invariants()) {
      compiler.impure = false;
      Node node = namedFormula(name, root, compiler, "invariant");
      b.invariantsPure.add(!compiler.impure);
      b.invariantsEffectFree &= !compiler.impure;
      if (node.level > Node.STATE) {
        throw configError(name.span(), "the invariant " + name.name() + " is not a state predicate "
            + "(it mentions primed variables or temporal operators)");
      }
      b.invariantNames.add(name.name());
      b.invariants.add(node);
    }
    for (ModelConfig.Named name : config.constraints()) {
      compiler.impure = false;
      Node node = namedFormula(name, root, compiler, "constraint");
      b.constraintsPure.add(!compiler.impure);
      if (node.level > Node.STATE) {
        throw configError(name.span(), "the constraint " + name.name() + " is not a state predicate");
      }
      b.constraints.add(node);
    }
    for (ModelConfig.Named name : config.actionConstraints()) {
      b.actionConstraints.add(namedFormula(name, root, compiler, "action constraint"));
    }
    for (ModuleLoader.Assumption assumption : loader.assumptions) {
      try {
        b.assumptions.add(compiler.compile(assumption.body(), assumption.scope(), null));
      } catch (TlaError e) {
        compiler.errors().add(e);
      }
    }
    List<Node> properties = new ArrayList<>();
    for (ModelConfig.Named name : config.properties()) {
      compiler.impure = false;
      properties.add(namedFormula(name, root, compiler, "property"));
      b.propertiesPure.add(!compiler.impure);
    }
    List<Node> fairness = new ArrayList<>();
    for (ScopedExpr f : b.fairnessExprs) {
      fairness.add(compiler.compile(f.expr(), f.scope(), null));
    }
    for (UserOp op : allDefinitions(root)) {
      compiler.body(op);
    }
    if (!compiler.errors().isEmpty()) {
      List<TlaError> errors = dedupe(compiler.errors());
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
    resolveTemporal(config, properties, fairness, b);
    return new CompiledSpec(b);
  }

  /** A spec conjunct with the module whose names it sees. */
  private record ScopedExpr(Expr expr, ModuleScope scope) {}

  /**
   * Classifies the PROPERTY conjuncts ({@code []P} joins the invariants; see {@link
   * TemporalTranslator}) and unfolds the SPECIFICATION's fairness into conditions.
   */
  private static void resolveTemporal(ModelConfig config, List<Node> properties, List<Node> fairness, Parts b) {
    TemporalTranslator translator = new TemporalTranslator(b.variables, b.runtime);
    List<TemporalTranslator.Invariant> invariants = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      ModelConfig.Named name = config.properties().get(i);
      int before = invariants.size();
      translator.classifyProperty(name.name(), properties.get(i), name.span(), invariants, b.temporalProperties);
      if (invariants.size() > before && !b.propertiesPure.get(i)) {
        b.invariantsEffectFree = false;
      }
    }
    for (TemporalTranslator.Invariant invariant : invariants) {
      b.invariantNames.add(invariant.name());
      b.invariants.add(invariant.predicate());
      b.invariantsPure.add(false); // Not analysed: evaluated whole.
    }
    for (Node node : fairness) {
      translator.fairness(node, null, b.fairness, b.fairnessFormulas);
    }
  }

  private static List<TlaError> dedupe(List<TlaError> errors) {
    List<TlaError> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TlaError e : errors) {
      if (seen.add(e.render())) {
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing((TlaError e) -> e.kind() == TlaError.Kind.CONFIG ? 1 : 0));
    return out;
  }

  private static List<UserOp> allDefinitions(ModuleScope root) {
    List<UserOp> ops = new ArrayList<>();
    for (ModuleScope.Symbol symbol : root.visible.values()) {
      if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().scope == root) {
        ops.add(d.op());
      }
    }
    return ops;
  }

  static TlaError configError(Span span, String message) {
    return new TlaError(TlaError.Kind.CONFIG, span, message);
  }

  private static void rejectUnsupported(ModelConfig config) {
    // Every keyword of the configuration is supported; kept as the place for future refusals.
  }

  /** VIEW, SYMMETRY, ALIAS and POSTCONDITION: named definitions, compiled like invariants. */
  private static void compileViews(ModelConfig config, ModuleScope root, Compiler compiler, Parts b) {
    if (config.view() != null) {
      b.view = namedFormula(config.view(), root, compiler, "view");
      if (b.view.level > Node.STATE) {
        throw configError(config.view().span(), "the VIEW " + config.view().name() + " must be a state function");
      }
    }
    if (config.symmetry() != null) {
      b.symmetryName = config.symmetry();
      b.symmetrySet = namedFormula(config.symmetry(), root, compiler, "symmetry set");
      if (b.symmetrySet.level > Node.CONSTANT) {
        throw configError(config.symmetry().span(), "the SYMMETRY " + config.symmetry().name()
            + " must be a constant set of permutations");
      }
    }
    if (config.alias() != null) {
      b.alias = namedFormula(config.alias(), root, compiler, "alias");
      if (b.alias.level > Node.ACTION) {
        throw configError(config.alias().span(), "the ALIAS " + config.alias().name() + " must not be temporal");
      }
    }
    for (ModelConfig.Named name : config.postconditions()) {
      Node node = namedFormula(name, root, compiler, "postcondition");
      if (node.level > Node.STATE) {
        throw configError(name.span(), "the POSTCONDITION " + name.name() + " must not mention primed variables");
      }
      b.postconditionNames.add(name);
      b.postconditions.add(node);
    }
  }


  private static void bindConstants(ModelConfig config, ModuleLoader loader, ModuleScope root, Compiler compiler) {
    Map<String, ModelValue> modelValues = new HashMap<>();
    for (ModelConfig.ConstantAssignment a : config.constants()) {
      UserOp target = null;
      if (a.substitute() != null) {
        target = Compiler.definition(root, a.substitute());
        if (target == null) {
          throw configError(a.span(), "the substitution " + a.name() + " <- " + a.substitute()
              + " names no definition of the spec");
        }
      }
      Value value = a.value() == null ? null : toValue(a.value(), modelValues);
      if (a.module() != null) {
        bindInModule(a, loader, target, value);
        continue;
      }
      ModuleScope.ConstantSymbol constant = loader.constants.get(a.name());
      UserOp definition = Compiler.definition(root, a.name());
      if (constant == null && definition == null && target != null && isBuiltin(a.name())) {
        // Nat <- NatOverride: replaces the built-in operator everywhere, as TLC's overrides do.
        compiler.builtinOverrides.put(a.name(), target);
        continue;
      }
      if (constant == null && definition == null) {
        continue; // TLC ignores assignments to names the spec does not declare.
      }
      if (constant != null) {
        constant.substitute = target;
        constant.value = value;
      } else {
        definition.substitute = target;
        definition.overrideValue = value;
      }
    }
  }

  private static boolean isBuiltin(String name) {
    for (String module : StandardModules.names()) {
      if (StandardModules.module(module).containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code C <- [M] D} or {@code C = [M] v}: the definition C of module M, in every instance of M. */
  private static void bindInModule(ModelConfig.ConstantAssignment a, ModuleLoader loader, UserOp target, Value value) {
    boolean found = false;
    for (UserOp op : loader.definitions) {
      if (op.module.equals(a.module()) && op.name.equals(a.name())) {
        op.substitute = target;
        op.overrideValue = value;
        found = true;
      }
    }
    if (!found) {
      throw configError(a.span(), "module " + a.module() + " has no definition " + a.name()
          + " to replace (or the spec does not use module " + a.module() + ")");
    }
  }

  private static Value toValue(ModelConfig.ConfigValue v, Map<String, ModelValue> modelValues) {
    if (v instanceof ModelConfig.IntConst i) {
      return IntValue.of(i.value());
    }
    if (v instanceof ModelConfig.StringConst s) {
      return StringValue.of(s.value());
    }
    if (v instanceof ModelConfig.BoolConst b) {
      return BoolValue.of(b.value());
    }
    if (v instanceof ModelConfig.ModelValueConst m) {
      return modelValues.computeIfAbsent(m.name(), ModelValue::of);
    }
    if (v instanceof ModelConfig.SetConst s) {
      Value[] elements = new Value[s.elements().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = toValue(s.elements().get(i), modelValues);
      }
      return EnumSetValue.of(elements);
    }
    ModelConfig.TupleConst t = (ModelConfig.TupleConst) v;
    Value[] elements = new Value[t.elements().size()];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = toValue(t.elements().get(i), modelValues);
    }
    return TupleValue.of(elements);
  }

  private static Node namedFormula(ModelConfig.Named name, ModuleScope root, Compiler compiler, String what) {
    ModuleScope.Symbol symbol = root.visible.get(name.name());
    if (symbol == null) {
      throw configError(name.span(), "the " + what + " " + name.name() + " is not defined in the spec");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().arity() > 0) {
      throw configError(name.span(), "the " + what + " " + name.name() + " takes arguments; name a definition without parameters");
    }
    return compiler.compile(new Expr.Apply(name.name(), List.of(), name.span()), root, null);
  }

  /** INIT/NEXT, or SPECIFICATION split into its initial predicate and [][Next]_vars. */
  private static void resolveBehaviour(ModelConfig config, ModuleScope root, Compiler compiler, Parts b) {
    if (config.specification() != null) {
      if (config.init() != null || config.next() != null) {
        throw configError(config.specification().span(), "give either SPECIFICATION or INIT and NEXT, not both");
      }
      ModelConfig.Named spec = config.specification();
      UserOp op = Compiler.definition(root, spec.name());
      if (op == null || !(op.source instanceof Unit.OpDef def)) {
        throw configError(spec.span(), "the specification " + spec.name() + " is not defined in the spec");
      }
      List<Expr> inits = new ArrayList<>();
      List<Expr> nexts = new ArrayList<>();
      splitSpecification(def.body(), root, inits, nexts, b.fairnessExprs, 0);
      if (inits.isEmpty() || nexts.size() != 1) {
        throw configError(spec.span(), "the specification " + spec.name()
            + " must have the form Init /\\ [][Next]_vars (with optional fairness conditions)");
      }
      Expr initExpr = inits.size() == 1 ? inits.get(0) : new Expr.And(inits, inits.get(0).span());
      compiler.impure = false;
      b.init = compiler.compile(initExpr, root, null);
      b.initPure = !compiler.impure;
      b.next = compiler.compile(nexts.get(0), root, null);
      b.nextLabel = labelFor(nexts.get(0), root);
      return;
    }
    if (config.init() == null && config.next() == null) {
      return; // Only assumptions are checked (see load).
    }
    if (config.init() == null || config.next() == null) {
      Span at = config.init() != null ? config.init().span() : config.next().span();
      throw configError(at, "the configuration needs both INIT and NEXT (or a SPECIFICATION)");
    }
    compiler.impure = false;
    b.init = namedFormula(config.init(), root, compiler, "initial predicate");
    b.initPure = !compiler.impure;
    b.next = namedFormula(config.next(), root, compiler, "next-state relation");
    b.nextLabel = labelFor(new Expr.Apply(config.next().name(), List.of(), config.next().span()), root);
  }

  private static ActionCall labelFor(Expr next, ModuleScope root) {
    if (next instanceof Expr.Apply a && a.args().isEmpty()) {
      UserOp op = Compiler.definition(root, a.name());
      if (op != null) {
        return ActionCall.named(op.name, ActionCall.bodySpan(op), op.module);
      }
    }
    return ActionCall.named("Next", next.span(), root.name);
  }

  private static void splitSpecification(Expr e, ModuleScope root, List<Expr> inits, List<Expr> nexts,
      List<ScopedExpr> fairness, int depth) {
    if (depth > 20) {
      inits.add(e);
      return;
    }
    if (e instanceof Expr.Paren p) {
      splitSpecification(p.inner(), root, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.And and) {
      for (Expr item : and.items()) {
        splitSpecification(item, root, inits, nexts, fairness, depth + 1);
      }
    } else if (e instanceof Expr.Always always) {
      Expr inner = always.inner();
      while (inner instanceof Expr.Paren p) {
        inner = p.inner();
      }
      if (inner instanceof Expr.ActionBox box && !box.angle()) {
        nexts.add(box.action());
      } else {
        fairness.add(new ScopedExpr(e, root)); // Another temporal assumption, e.g. []<>P.
      }
    } else if (e instanceof Expr.Fairness || e instanceof Expr.Quantifier q && isFairness(q.body())) {
      fairness.add(new ScopedExpr(e, root));
    } else if (e instanceof Expr.Apply a && a.args().isEmpty() && isTemporal(e, root, 0)) {
      UserOp op = Compiler.definition(root, a.name());
      splitSpecification(((Unit.OpDef) op.source).body(), op.scope, inits, nexts, fairness, depth + 1);
    } else if (e instanceof Expr.Eventually) {
      fairness.add(new ScopedExpr(e, root));
    } else {
      inits.add(e);
    }
  }

  private static boolean isFairness(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e instanceof Expr.Fairness || e instanceof Expr.And and && and.items().stream().allMatch(SpecLoader::isFairness);
  }

  private static boolean isTemporal(Expr e, ModuleScope root, int depth) {
    if (depth > 10) {
      return false;
    }
    if (e instanceof Expr.Always || e instanceof Expr.Eventually || e instanceof Expr.Fairness) {
      return true;
    }
    if (e instanceof Expr.Paren p) {
      return isTemporal(p.inner(), root, depth + 1);
    }
    if (e instanceof Expr.Quantifier q) {
      return isTemporal(q.body(), root, depth + 1);
    }
    if (e instanceof Expr.Apply a && a.name().equals("~>")) {
      return true;
    }
    if (e instanceof Expr.And and) {
      return and.items().stream().anyMatch(i -> isTemporal(i, root, depth + 1));
    }
    if (e instanceof Expr.Apply a && a.args().isEmpty()) {
      UserOp op = Compiler.definition(root, a.name());
      return op != null && op.source instanceof Unit.OpDef d && d.params().isEmpty()
          && isTemporal(d.body(), op.scope, depth + 1);
    }
    return false;
  }

}

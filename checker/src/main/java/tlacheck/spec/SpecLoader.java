package tlacheck.spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import tlacheck.eval.temporal.FairnessCondition;
import tlacheck.eval.temporal.TemporalFormula;
import tlacheck.eval.temporal.TemporalProperty;
import tlacheck.eval.temporal.TemporalTranslator;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Expr;

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
    return parse(specFile, List.of());
  }

  /**
   * Reads the root module and every module it extends or instantiates, finding modules beside the
   * spec, then on the library path {@code library} (folders, .jar and .zip files, in order), then
   * among the standard modules; throws {@link TlaError} on bad input.
   */
  public static Modules parse(Path specFile, List<Path> library) {
    ModuleLoader loader = new ModuleLoader(specFile.toAbsolutePath().getParent(), library);
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
    ConstantBinding.bindConstants(config, loader, root, compiler);
    if (config.checkDeadlock() != null) {
      b.checkDeadlock = config.checkDeadlock();
    }
    Behaviour.resolveBehaviour(config, root, compiler, b);
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
    compiler.finish(); // Everything is compiled: the analyses that need all of it.
    resolveTemporal(config, properties, fairness, b);
    return new CompiledSpec(b);
  }

  /** A spec conjunct with the module whose names it sees. */
  record ScopedExpr(Expr expr, ModuleScope scope) {}

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


  static Node namedFormula(ModelConfig.Named name, ModuleScope root, Compiler compiler, String what) {
    ModuleScope.Symbol symbol = root.visible.get(name.name());
    if (symbol == null) {
      throw configError(name.span(), "the " + what + " " + name.name() + " is not defined in the spec");
    }
    if (symbol instanceof ModuleScope.DefinitionSymbol d && d.op().arity() > 0) {
      throw configError(name.span(), "the " + what + " " + name.name() + " takes arguments; name a definition without parameters");
    }
    return compiler.compile(new Expr.Apply(name.name(), List.of(), name.span()), root, null);
  }

}

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
import tlacheck.eval.ActionLabel;
import tlacheck.eval.Context;
import tlacheck.eval.EvalException;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.enumerate.ActionEnumerator;
import tlacheck.eval.semantic.ModuleLoader;
import tlacheck.eval.stdlib.Builtins;
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
 * A spec and its model configuration, compiled: the initial predicate, the next-state relation,
 * the invariants and constraints, ready for the engine. This is the only public door into the
 * evaluator; everything it hands out is values and names.
 */
public final class CompiledSpec {
  /** Receives states (and, when traces are replayed, the action that produced each). */
  public interface StateSink {
    void accept(Value[] state, ActionLabel label);
  }

  /** Thrown for a violated ASSUME. */
  public static final class AssumptionViolated extends TlaError {
    AssumptionViolated(Span span) {
      super(Kind.EVALUATION, span, "Assumption is false.");
    }
  }

  private final String moduleName;
  private final String[] variables;
  private final Node init;
  private final Node next;
  private final ActionLabel nextLabel;
  private final String[] invariantNames;
  private final Node[] invariants;
  private final InvariantConjuncts[] invariantConjuncts;
  /** Whether evaluating every invariant is a function of the state and nothing else. */
  private final boolean invariantsEffectFree;
  private final Node[] constraints;
  /** Per constraint, the variables it reads (see {@link VariableReads}); ALL if it is impure. */
  private final long[] constraintReads;
  private final Node[] actionConstraints;
  private final List<Node> assumptions;
  private final boolean checkDeadlock;
  private final RunServices runtime;
  private final ActionEnumerator enumerator;
  private final Context ctx;
  private final List<FairnessCondition> fairness;
  private final List<TemporalFormula> fairnessFormulas;
  private final List<TemporalProperty> temporalProperties;
  private final boolean symmetry;
  /** VIEW and SYMMETRY: what the seen set records per state; null when neither is configured. */
  private final StateIdentity identity;
  /** Whether a VIEW is configured (then the seen set records less than the whole state). */
  private final boolean viewed;
  private final Node alias;
  private final List<ModelConfig.Named> postconditionNames;
  private final List<Node> postconditions;

  private CompiledSpec(Builder b) {
    this.symmetry = b.symmetry;
    this.fairness = List.copyOf(b.fairness);
    this.fairnessFormulas = List.copyOf(b.fairnessFormulas);
    this.temporalProperties = List.copyOf(b.temporalProperties);
    this.moduleName = b.moduleName;
    this.variables = b.variables;
    this.init = b.init;
    this.next = b.next;
    this.nextLabel = b.nextLabel;
    this.invariantNames = b.invariantNames.toArray(new String[0]);
    this.invariants = b.invariants.toArray(new Node[0]);
    Set<Node> initialFacts = InvariantConjuncts.initialFacts(b.init, b.initPure);
    this.invariantConjuncts = new InvariantConjuncts[invariants.length];
    this.invariantsEffectFree = b.invariantsEffectFree;
    for (int i = 0; i < invariants.length; i++) {
      invariantConjuncts[i] = InvariantConjuncts.of(invariants[i], b.invariantsPure.get(i), initialFacts);
    }
    this.constraints = b.constraints.toArray(new Node[0]);
    this.constraintReads = new long[constraints.length];
    for (int i = 0; i < constraints.length; i++) {
      constraintReads[i] = b.constraintsPure.get(i) ? VariableReads.of(constraints[i]) : VariableReads.ALL;
    }
    this.actionConstraints = b.actionConstraints.toArray(new Node[0]);
    this.assumptions = b.assumptions;
    this.checkDeadlock = b.checkDeadlock;
    this.runtime = b.runtime;
    this.enumerator = new ActionEnumerator(variables, runtime);
    this.ctx = new Context(null, null, runtime);
    this.alias = b.alias;
    this.postconditionNames = b.postconditionNames;
    this.postconditions = b.postconditions;
    this.identity = b.view == null && b.symmetrySet == null ? null
        : new StateIdentity(b.view, b.symmetrySet == null ? List.of() : permutations(b), runtime);
    this.viewed = b.view != null;
  }

  private List<Map<Value, Value>> permutations(Builder b) {
    ctx.current = new Value[0];
    ctx.next = null;
    try {
      return StateIdentity.permutations(b.symmetrySet.eval(ctx, null), b.symmetryName.name());
    } catch (tlacheck.value.ValueException e) {
      throw configError(b.symmetryName.span(), e.getMessage());
    } catch (EvalException e) {
      throw configError(b.symmetryName.span(), "SYMMETRY " + b.symmetryName.name() + ": " + e.getMessage());
    }
  }

  private static final class Builder {
    String moduleName;
    String[] variables;
    Node init;
    Node next;
    ActionLabel nextLabel;
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

  /** Parses, resolves and compiles a spec with its configuration; throws {@link TlaError} on bad input. */
  public static CompiledSpec load(Path specFile, Path configFile, PrintStream out) {
    Path folder = specFile.toAbsolutePath().getParent();
    ModuleLoader loader = new ModuleLoader(folder);
    ModuleScope root = loader.loadRoot(specFile);
    ModelConfig config = readConfig(configFile);
    Builder b = new Builder();
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
      throw configError(at, configFile.getFileName() + " does not specify the initial predicate: give INIT and NEXT, "
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
  private record ScopedExpr(Expr expr, ModuleScope scope) {}

  /**
   * Classifies the PROPERTY conjuncts ({@code []P} joins the invariants; see {@link
   * TemporalTranslator}) and unfolds the SPECIFICATION's fairness into conditions.
   */
  private static void resolveTemporal(ModelConfig config, List<Node> properties, List<Node> fairness, Builder b) {
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

  private static ModelConfig readConfig(Path configFile) {
    String text;
    try {
      text = Files.readString(configFile);
    } catch (IOException e) {
      throw new TlaError(TlaError.Kind.CONFIG, null, "cannot read the model configuration " + configFile + ": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
    }
    return ConfigParser.parse(new SourceFile(configFile.toString(), text));
  }

  private static TlaError configError(Span span, String message) {
    return new TlaError(TlaError.Kind.CONFIG, span, message);
  }

  private static void rejectUnsupported(ModelConfig config) {
    // Every keyword of the configuration is supported; kept as the place for future refusals.
  }

  /** VIEW, SYMMETRY, ALIAS and POSTCONDITION: named definitions, compiled like invariants. */
  private static void compileViews(ModelConfig config, ModuleScope root, Compiler compiler, Builder b) {
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
    for (String module : new String[] {"Naturals", "Integers", "Sequences", "FiniteSets", "TLC", "Bags", "TLCExt"}) {
      if (Builtins.module(module).containsKey(name)) {
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
  private static void resolveBehaviour(ModelConfig config, ModuleScope root, Compiler compiler, Builder b) {
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

  private static ActionLabel labelFor(Expr next, ModuleScope root) {
    if (next instanceof Expr.Apply a && a.args().isEmpty()) {
      UserOp op = Compiler.definition(root, a.name());
      if (op != null) {
        return ActionLabel.named(op.name, ActionLabel.bodySpan(op), op.module);
      }
    }
    return ActionLabel.named("Next", next.span(), root.name);
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
    return e instanceof Expr.Fairness || e instanceof Expr.And and && and.items().stream().allMatch(CompiledSpec::isFairness);
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

  // ---------------------------------------------------------------- what the engine uses

  public String moduleName() {
    return moduleName;
  }

  public String[] variableNames() {
    return variables.clone();
  }

  /** Whether the configuration defines a behaviour (otherwise only assumptions are checked). */
  public boolean hasBehaviour() {
    return init != null;
  }

  public boolean checkDeadlock() {
    return checkDeadlock;
  }

  /** Evaluates every ASSUME; throws {@link AssumptionViolated} for the first false one. */
  public void checkAssumptions() {
    ctx.current = new Value[0];
    ctx.next = null;
    for (Node assumption : assumptions) {
      if (!assumption.evalBool(ctx, null)) {
        throw new AssumptionViolated(assumption.span);
      }
    }
  }

  public void initialStates(StateSink sink, boolean labels) {
    runtime.level = 0;
    enumerator.initialStates(init, sink::accept, labels);
  }

  /** How many parts the initial states can be split into at the given depth (see {@link #initialStatesPart}). */
  public int initialPrefixes(int depth) {
    runtime.level = 0;
    return enumerator.countPrefixes(init, depth);
  }

  /**
   * One part of the initial states, for generating them in parallel: those below the choices
   * numbered {@code part} mod {@code parts} at the {@code depth}-th nested choice point, each
   * with its choice number. All parts' states, sorted stably by that number, are exactly the
   * states {@link #initialStates} lists, in its order.
   */
  public void initialStatesPart(int depth, int part, int parts, PartSink sink) {
    runtime.level = 0;
    enumerator.initialStatesPart(init, depth, part, parts, sink::accept);
  }

  /** Receives an initial state of a part with its choice number. */
  public interface PartSink {
    void accept(Value[] state, int prefix);
  }

  public void successors(Value[] state, StateSink sink, boolean labels) {
    enumerator.successors(next, state, sink::accept, labels, nextLabel);
  }

  /** Sets the value TLCGet("level") reports while the next states are computed. */
  public void setLevel(int level) {
    runtime.level = level;
  }

  public int invariantCount() {
    return invariants.length;
  }

  /** Whether checking the invariants has no effect but its verdict (see {@link Compiler#impure}). */
  public boolean invariantsArePure() {
    return invariantsEffectFree;
  }

  public String invariantName(int index) {
    return invariantNames[index];
  }

  public boolean invariantHolds(int index, Value[] state) {
    ctx.current = state;
    ctx.next = null;
    ctx.stable = true;
    return invariants[index].evalBool(ctx, null);
  }

  /**
   * {@link #invariantHolds} for an initial state: the invariant's conjuncts that the initial
   * predicate asserts are not evaluated again.
   */
  public boolean invariantHoldsInitially(int index, Value[] state) {
    ctx.current = state;
    ctx.next = null;
    ctx.stable = true;
    return invariantConjuncts[index].holdsInitially(ctx);
  }

  /**
   * {@link #invariantHolds} for a successor of a state where the invariant held: only the
   * conjuncts that read a changed variable are evaluated. {@code changed} has bit
   * {@code min(slot, 63)} set for every variable slot whose value may differ from the parent's.
   */
  public boolean invariantHoldsAfterStep(int index, Value[] state, long changed) {
    ctx.current = state;
    ctx.next = null;
    ctx.stable = true;
    return invariantConjuncts[index].holdsAfterStep(ctx, changed);
  }

  public boolean hasConstraints() {
    return constraints.length > 0 || actionConstraints.length > 0;
  }

  public boolean satisfiesConstraints(Value[] state) {
    ctx.current = state;
    ctx.next = null;
    ctx.stable = true;
    for (Node constraint : constraints) {
      if (!constraint.evalBool(ctx, null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #satisfiesConstraints} for a successor of {@code parent}, which satisfied every
   * constraint (a state that does not is never expanded): a pure constraint that reads only
   * variables whose values are still the parent's very objects holds without evaluation.
   */
  public boolean satisfiesConstraintsAfterStep(Value[] parent, Value[] state) {
    boolean ready = false;
    for (int i = 0; i < constraints.length; i++) {
      long reads = constraintReads[i];
      if (reads != VariableReads.ALL && sameObjects(reads, parent, state)) {
        continue;
      }
      if (!ready) {
        ctx.current = state;
        ctx.next = null;
        ctx.stable = true;
        ready = true;
      }
      if (!constraints[i].evalBool(ctx, null)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every slot in {@code reads} holds the same object in both states (slots from 63 on are never compared). */
  private static boolean sameObjects(long reads, Value[] parent, Value[] state) {
    if (reads < 0) {
      return false; // Bit 63 stands for every slot from 63 on.
    }
    for (long rest = reads; rest != 0; rest &= rest - 1) {
      int slot = Long.numberOfTrailingZeros(rest);
      if (parent[slot] != state[slot]) {
        return false;
      }
    }
    return true;
  }

  public boolean satisfiesActionConstraints(Value[] from, Value[] to) {
    ctx.current = from;
    ctx.next = to;
    ctx.stable = true;
    for (Node constraint : actionConstraints) {
      if (!constraint.evalBool(ctx, null)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- what the liveness checker uses

  /** The SPECIFICATION's WF/SF conjuncts, one per quantified instance. */
  public List<FairnessCondition> fairness() {
    return fairness;
  }

  /** Other temporal conjuncts of the SPECIFICATION (e.g. {@code []<>P}), assumed of every behaviour. */
  public List<TemporalFormula> fairnessFormulas() {
    return fairnessFormulas;
  }

  /**
   * The fingerprint under which the seen set records a state: the state's own, or, with a VIEW
   * or SYMMETRY, that of its view or of its least permutation (see {@link StateIdentity}).
   */
  public long fingerprint(Value[] state) {
    try {
      return identity == null ? StateIdentity.plain(state) : identity.fingerprint(state);
    } catch (tlacheck.value.ValueException e) {
      throw unlistable(state, e);
    }
  }

  /**
   * Lists every value of a state the search keeps, inside the callback that delivered it, while
   * the evaluation that made it is still current. A lazily defined value (a recursive function, a
   * deferred set filter) evaluates its definition in the context it was made in: an initial
   * predicate's partial state, which the enumeration goes on to overwrite, and this worker's
   * evaluator, whose caches other workers must not run. Without a VIEW the state's fingerprint
   * has listed every value already; with one, only the view's.
   */
  public void settle(Value[] state) {
    if (!viewed) {
      return;
    }
    try {
      for (Value value : state) {
        value.fingerprint();
      }
    } catch (tlacheck.value.ValueException e) {
      throw unlistable(state, e);
    }
  }

  /** The error for a state one of whose values cannot be listed (a function over Nat, say). */
  private EvalException unlistable(Value[] state, tlacheck.value.ValueException e) {
    for (int i = 0; i < state.length; i++) {
      try {
        state[i].fingerprint();
      } catch (tlacheck.value.ValueException failed) {
        return new EvalException(Span.NONE, "the value of " + variables[i] + " cannot be fingerprinted: "
            + failed.getMessage());
      }
    }
    return new EvalException(Span.NONE, "the state cannot be fingerprinted: " + e.getMessage());
  }

  /** Whether {@link #fingerprint} differs from the plain state fingerprint. */
  public boolean hasStateIdentity() {
    return identity != null;
  }

  public boolean hasAlias() {
    return alias != null;
  }

  /**
   * The ALIAS record's fields for a trace state, in field order; {@code next} is the following
   * state of the trace (null for the last), for an alias that mentions primed variables.
   */
  public java.util.LinkedHashMap<String, Value> alias(Value[] state, Value[] next) {
    ctx.current = state;
    ctx.next = next;
    Value v = alias.eval(ctx, null);
    if (!(v instanceof tlacheck.value.FunctionValue record)) {
      throw new EvalException(alias.span, "the ALIAS must be a record, but is " + tlacheck.value.Values.describe(v));
    }
    java.util.LinkedHashMap<String, Value> fields = new java.util.LinkedHashMap<>();
    try {
      for (int i = 0; i < record.size(); i++) {
        Value key = record.keyAt(i);
        Value value = record.valueAt(i);
        value.fingerprint(); // Listed now, in this state: a lazily defined value is printed later.
        fields.put(key instanceof StringValue name ? name.value() : key.toString(), value);
      }
    } catch (tlacheck.value.ValueException e) {
      throw new EvalException(alias.span, e.getMessage());
    }
    return fields;
  }

  /**
   * Evaluates the POSTCONDITIONs after the run, with {@code TLCGet("stats")} giving the run's
   * counts; returns the first that is false as "Name line l, col c to ... of module M", or null.
   */
  public String failedPostcondition(long generated, long distinct, long leftOnQueue, int depth) {
    runtime.stats = tlacheck.value.Values.record(
        new String[] {"generated", "distinct", "queue", "diameter", "traces", "duration"},
        new Value[] {IntValue.ofChecked(generated), IntValue.ofChecked(distinct), IntValue.ofChecked(leftOnQueue),
            IntValue.of(depth), IntValue.of(0), IntValue.of(0)});
    ctx.current = new Value[variables.length];
    ctx.next = null;
    for (int i = 0; i < postconditions.size(); i++) {
      if (!postconditions.get(i).evalBool(ctx, null)) {
        ModelConfig.Named name = postconditionNames.get(i);
        return name.name() + " " + postconditions.get(i).span.tlcLocation(moduleName);
      }
    }
    return null;
  }

  /** Whether the configuration declares SYMMETRY (liveness checking is then unsound). */
  public boolean usesSymmetry() {
    return symmetry;
  }

  /** The PROPERTY conjuncts that are not invariants, in the order of the configuration. */
  public List<TemporalProperty> temporalProperties() {
    return temporalProperties;
  }
}

package tlacheck.spec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ActionCall;
import tlacheck.eval.Context;
import tlacheck.eval.EvalException;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.enumerate.ActionEnumerator;
import tlacheck.eval.temporal.FairnessCondition;
import tlacheck.eval.temporal.TemporalFormula;
import tlacheck.eval.temporal.TemporalProperty;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.value.IntValue;
import tlacheck.value.States;
import tlacheck.value.StringValue;
import tlacheck.value.Value;

/**
 * A spec and its model configuration, compiled (by {@link SpecLoader}): the initial predicate,
 * the next-state relation, the invariants and constraints, ready for the engine, and what the
 * liveness checker and the pipeline's last steps (ALIAS, POSTCONDITION) evaluate. This is the
 * door into the evaluator at run time; what it hands out is values and names.
 *
 * <p>Not thread-safe: it evaluates in one context of its own. A search with several workers
 * loads one per worker.
 */
public final class CompiledSpec {
  /** Receives states (and, when traces are replayed, the action that produced each). */
  public interface StateSink {
    void accept(Value[] state, ActionCall label);
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
  private final ActionCall nextLabel;
  private final boolean nextIsOneAction;
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
  private final ConstantPredicates constantPredicates;
  private final List<Node> postconditions;

  CompiledSpec(SpecLoader.Parts b) {
    this.symmetry = b.symmetry;
    this.fairness = List.copyOf(b.fairness);
    this.fairnessFormulas = List.copyOf(b.fairnessFormulas);
    this.temporalProperties = List.copyOf(b.temporalProperties);
    this.moduleName = b.moduleName;
    this.variables = b.variables;
    this.init = b.init;
    this.next = b.next;
    this.nextLabel = b.nextLabel;
    this.nextIsOneAction = b.nextIsOneAction;
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
    this.constantPredicates = b.constantPredicates;
    this.postconditions = b.postconditions;
    this.identity = b.view == null && b.symmetrySet == null ? null
        : new StateIdentity(b.view, b.symmetrySet == null ? List.of() : permutations(b), runtime);
    this.viewed = b.view != null;
  }

  private List<Map<Value, Value>> permutations(SpecLoader.Parts b) {
    ctx.current = new Value[0];
    ctx.next = null;
    try {
      return StateIdentity.permutations(b.symmetrySet.eval(ctx, null), b.symmetryName.name());
    } catch (tlacheck.value.ValueException e) {
      throw SpecLoader.configError(b.symmetryName.span(), e.getMessage());
    } catch (EvalException e) {
      throw SpecLoader.configError(b.symmetryName.span(), "SYMMETRY " + b.symmetryName.name() + ": " + e.getMessage());
    }
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

  /**
   * What TLC checks of the configuration before the assumptions: an invariant, property or
   * constraint without variables that is FALSE, an initial predicate or next-state action without
   * variables (see {@link ConstantPredicates}); throws the configuration error.
   */
  public void checkConfiguration() {
    ctx.current = new Value[0];
    ctx.next = null;
    constantPredicates.check(ctx);
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
    enumerator.successors(next, state, sink::accept, labels, nextLabel, !nextIsOneAction);
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
   * {@link #satisfiesConstraints} for a successor of a state that satisfied every constraint (a
   * state that does not is never expanded): a pure constraint that reads none of the
   * {@code changed} slots (see {@link States#changedSlots}) holds without evaluation.
   */
  public boolean satisfiesConstraintsAfterStep(Value[] state, long changed) {
    boolean ready = false;
    for (int i = 0; i < constraints.length; i++) {
      long reads = constraintReads[i];
      if (reads != VariableReads.ALL && States.untouched(reads, changed)) {
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
      return identity == null ? States.fingerprint(state) : identity.fingerprint(state);
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

package tlacheck.eval.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.eval.ActionCall;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.EvalException;
import tlacheck.eval.GuardDispatch;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.Thunk;
import tlacheck.source.Span;
import tlacheck.value.SetValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The conjunct-continuation walk: enumerates the states that satisfy a formula the way TLC does.
 *
 * <p>The formula is walked left to right. A conjunction processes its first conjunct with the
 * rest pushed on a continuation list; a disjunction tries each disjunct; {@code \E} tries each
 * binding; {@code x' = e} assigns x' if it is still unassigned and otherwise tests equality;
 * {@code x' \in S} tries each element; {@code UNCHANGED v} assigns or tests each variable of v;
 * operator applications are entered with their arguments bound; anything else is a guard that
 * must evaluate to TRUE. When the continuation list is exhausted, every variable must have a
 * value, and the state is emitted. Assignments made on the way are undone on backtracking, so
 * one scratch array serves the whole enumeration.
 *
 * <p>In Init ({@link #initMode}) the same walk assigns the unprimed variables. What each form of
 * formula is, and whether it can only test, was decided when the specification was compiled (see
 * {@link Node#form} and {@code tlacheck.eval.compile.ShapeAnalysis}); the walk only reads it.
 *
 * <p>For trace replay, the walk can also report which action produced each state: the innermost
 * operator entered before the first conjunction, with its arguments and any {@code \E} bindings
 * made on the way.
 */
final class ConjunctWalk {
  /** The continuation: conjuncts still to process, innermost first. */
  private record Pending(Node node, Env env, Pending rest) {}

  private final String[] variableNames;
  final Context ctx;
  /** The state being built: the next state, or in Init the initial state. */
  private Value[] target;
  /** The slots assigned so far, in order, so that backtracking can undo them. */
  private int[] trail = new int[16];
  private int trailSize;
  private boolean initMode;
  /** What is enumerated, for errors: "the initial predicate", "the next-state relation", "ENABLED". */
  private String what;
  private ActionEnumerator.Sink sink;
  private boolean recordLabels;
  private ActionCall label;
  private boolean frozen;
  /** Set while deciding ENABLED: a successor need not assign every variable. */
  boolean partialSuccessors;
  /**
   * Set when ENABLED has found its successor: every choice point then takes no further
   * alternative, and the search returns normally. (An exception thrown from the sink would
   * unwind the same frames, but unwinding compiled frames costs far more than returning.)
   */
  boolean found;
  /** While splitting the initial states between workers, which choices to explore; else null. */
  InitialSplit split;

  ConjunctWalk(String[] variableNames, RunServices runtime) {
    this.variableNames = variableNames;
    this.ctx = new Context(null, null, runtime);
  }

  /** Prepares to enumerate initial states: the variables being assigned are the current state. */
  void startInitial() {
    target = new Value[variableNames.length];
    ctx.current = target;
    ctx.next = null;
    ctx.stable = false; // The state being assigned changes under the enumeration.
    initMode = true;
    what = "the initial predicate";
  }

  /** Prepares to enumerate the steps from {@code state}; {@code what} names the formula for errors. */
  void startStep(Value[] state, String what) {
    if (target == null || target == ctx.current || target.length != variableNames.length) {
      target = new Value[variableNames.length];
    }
    Arrays.fill(target, null);
    ctx.current = state;
    ctx.next = target;
    ctx.stable = true;
    initMode = false;
    this.what = what;
  }

  /** Enumerates {@code formula} in {@code env}, as prepared, giving each state to {@code sink}. */
  void run(Node formula, Env env, ActionEnumerator.Sink sink, boolean recordLabels, ActionCall rootLabel) {
    this.sink = sink;
    this.recordLabels = recordLabels;
    this.label = rootLabel;
    this.frozen = false;
    this.trailSize = 0;
    enumerate(formula, env, null);
  }

  /** Whether {@code node} only tests (cannot assign a variable) here: it is then evaluated. */
  private boolean isGuard(Node node, Env env) {
    return (node.level == Node.CONSTANT || !initMode && node.level < Node.ACTION)
        && (!node.mayAssignThroughParameter() || !ParameterAssignment.assigns(node, env, initMode));
  }

  private void enumerate(Node node, Env env, Pending rest) {
    if (isGuard(node, env) || initMode && node.onlyTestsInInit()) {
      guard(node, env, rest);
      return;
    }
    switch (node.form) {
      case Node.FORM_AND:
        enumerateAnd((CoreNodes.And) node, env, rest);
        return;
      case Node.FORM_OR:
        enumerateOr((CoreNodes.Or) node, env, rest);
        return;
      case Node.FORM_EQUALS:
        enumerateEquals((CoreNodes.Equals) node, env, rest);
        return;
      case Node.FORM_IN:
        enumerateMembership((CoreNodes.In) node, env, rest);
        return;
      case Node.FORM_QUANTIFIER:
        enumerateQuantifier((BinderNodes.Quantifier) node, env, rest);
        return;
      case Node.FORM_UNCHANGED:
        enumerateUnchanged((ActionNodes.Unchanged) node, env, rest);
        return;
      case Node.FORM_IF: {
        CoreNodes.If i = (CoreNodes.If) node;
        enumerate(i.condition.evalBool(ctx, env) ? i.then : i.otherwise, env, rest);
        return;
      }
      case Node.FORM_CASE: {
        CoreNodes.Case c = (CoreNodes.Case) node;
        int arm = c.choose(ctx, env);
        enumerate(arm < 0 ? c.other : c.results[arm], env, rest);
        return;
      }
      case Node.FORM_LET: {
        BinderNodes.Let let = (BinderNodes.Let) node;
        enumerate(let.body, let.bind(env), rest);
        return;
      }
      case Node.FORM_OP_CALL:
        enumerateCall((CallNodes.OpCall) node, env, rest);
        return;
      case Node.FORM_LOCAL_OP_CALL:
        enumerateLocalCall((CallNodes.LocalOpCall) node, env, rest);
        return;
      case Node.FORM_LOCAL_REF:
        if (Env.lookup(env, ((CoreNodes.LocalRef) node).depth) instanceof Thunk thunk) {
          enumerate(thunk.node(), thunk.env(), rest);
        } else {
          guard(node, env, rest);
        }
        return;
      case Node.FORM_CACHED:
        enumerate(((CoreNodes.Cached) node).inner, env, rest);
        return;
      case Node.FORM_ACTION_BOX:
        enumerateActionBox((ActionNodes.ActionBox) node, env, rest);
        return;
      default:
        guard(node, env, rest);
    }
  }

  private void enumerateAnd(CoreNodes.And and, Env env, Pending rest) {
    Node[] items = and.items;
    // Leading tests (pc[self] = "ncs" in a PlusCal action) are evaluated straight away, as
    // the continuation would evaluate them in turn: most fail, and then no continuation is built.
    int first = 0;
    while (first < items.length - 1 && isGuard(items[first], env)) {
      if (!items[first].evalBool(ctx, env)) {
        return;
      }
      first++;
    }
    Pending pending = rest;
    for (int i = items.length - 1; i > first; i--) {
      pending = new Pending(items[i], env, pending);
    }
    boolean wasFrozen = frozen;
    // The action a step is labelled with is fixed at the first conjunction, except that a
    // conjunction whose other conjuncts only test (e.g. Next /\ ~Evict) still lets its first
    // conjunct choose the action.
    frozen = frozen || !recordLabels || !and.onlyTestsAfterFirst();
    enumerate(items[first], env, pending);
    frozen = wasFrozen;
  }

  private void enumerateOr(CoreNodes.Or or, Env env, Pending rest) {
    // Disjuncts of another label are skipped, except in Init, where each is a numbered choice.
    GuardDispatch dispatch = or.dispatch();
    Value label = initMode ? null : dispatch.lookup(ctx, env);
    Node[] items = or.items;
    for (int i = 0; i < items.length && !found; i++) {
      if (label != null && dispatch.skips(i, label, ctx, env)) {
        continue;
      }
      if (enterChoice()) {
        enumerate(items[i], env, rest);
        leaveChoice();
      }
    }
  }

  private void enumerateEquals(CoreNodes.Equals eq, Env env, Pending rest) {
    int slot = eq.negated ? -1 : ParameterAssignment.assignable(eq.left, env, initMode);
    if (slot < 0) {
      guard(eq, env, rest);
      return;
    }
    Value value = eq.right.eval(ctx, env);
    assignOrTest(slot, value, eq, rest);
  }

  /** {@code x' \in S} with x' assignable: tries each element, or tests an assigned x'. */
  private void enumerateMembership(CoreNodes.In in, Env env, Pending rest) {
    int slot = in.negated ? -1 : ParameterAssignment.assignable(in.element, env, initMode);
    if (slot < 0) {
      guard(in, env, rest);
      return;
    }
    Value set = in.set.eval(ctx, env);
    if (target[slot] != null) {
      if (CoreNodes.set(in, set, "\\in").contains(target[slot])) {
        proceed(rest);
      }
      return;
    }
    SetValue s = CoreNodes.set(in.set, set, "\\in");
    Value[] elements;
    try {
      elements = s.enumerate().elements();
    } catch (ValueException e) {
      throw in.at(e);
    }
    for (Value element : elements) {
      if (found) {
        return;
      }
      if (enterChoice()) {
        int mark = trailSize;
        assign(slot, element);
        proceed(rest);
        undo(mark);
        leaveChoice();
      }
    }
  }

  private void enumerateQuantifier(BinderNodes.Quantifier q, Env env, Pending rest) {
    if (q.universal) {
      universal(q, env, rest);
    } else if (initMode || q.precheck().mayHold(ctx, env)) {
      // (Not in Init: there every binding is a numbered choice, see enterChoice.)
      existential(q, 0, env, rest);
    }
  }

  private void existential(BinderNodes.Quantifier q, int index, Env env, Pending rest) {
    if (index == q.bounds.length) {
      enumerate(q.body, env, rest);
      return;
    }
    BinderNodes.Bound bound = q.bounds[index];
    Value set = bound.set().eval(ctx, env);
    ActionCall saved = label;
    for (Value element : BinderNodes.elementsOf(bound.set(), set)) {
      if (found) {
        break;
      }
      if (!enterChoice()) {
        continue;
      }
      Env inner = BinderNodes.bind(env, bound, element, q);
      if (recordLabels && !frozen) {
        label = (saved == null ? ActionCall.anonymous(q.span) : saved).with(bound.names(), element);
      }
      existential(q, index + 1, inner, rest);
      leaveChoice();
    }
    label = saved;
  }

  /** {@code \A x \in S : A} with an action body: the conjunction of A over every x. */
  private void universal(BinderNodes.Quantifier q, Env env, Pending rest) {
    List<Env> bindings = new ArrayList<>();
    collectBindings(q, 0, env, bindings);
    Pending pending = rest;
    for (int i = bindings.size() - 1; i >= 0; i--) {
      pending = new Pending(q.body, bindings.get(i), pending);
    }
    proceed(pending);
  }

  private void collectBindings(BinderNodes.Quantifier q, int index, Env env, List<Env> out) {
    if (index == q.bounds.length) {
      out.add(env);
      return;
    }
    BinderNodes.Bound bound = q.bounds[index];
    for (Value element : BinderNodes.elementsOf(bound.set(), bound.set().eval(ctx, env))) {
      collectBindings(q, index + 1, BinderNodes.bind(env, bound, element, q), out);
    }
  }

  private void enumerateUnchanged(ActionNodes.Unchanged u, Env env, Pending rest) {
    if (u.slots == null) {
      guard(u, env, rest);
    } else {
      unchangedFrom(u.slots, 0, rest);
    }
  }

  private void enumerateActionBox(ActionNodes.ActionBox box, Env env, Pending rest) {
    if (box.angle) {
      enumerate(box.action, env, new Pending(box.changedTest, env, rest));
      return;
    }
    enumerate(box.action, env, rest);
    // Or UNCHANGED v.
    if (box.subscriptSlots == null) {
      guard(box.unchangedTest, env, rest);
    } else {
      unchangedFrom(box.subscriptSlots, 0, rest);
    }
  }

  private void enumerateCall(CallNodes.OpCall call, Env env, Pending rest) {
    Env inner = CallNodes.bindArgs(null, call.args, ctx, env);
    ActionCall saved = label;
    if (recordLabels && !frozen) {
      label = ActionCall.of(call.op, inner, ctx);
    }
    enumerate(call.op.body, inner, rest);
    label = saved;
  }

  private void enumerateLocalCall(CallNodes.LocalOpCall call, Env env, Pending rest) {
    Closure c = call.closure(env);
    if (c.builtin != null) {
      guard(call, env, rest);
      return;
    }
    enumerate(c.body, CallNodes.bindArgs(c.env, call.args, ctx, env), rest);
  }

  private void guard(Node node, Env env, Pending rest) {
    if (node.evalBool(ctx, env)) {
      proceed(rest);
    }
  }

  private void proceed(Pending rest) {
    if (rest == null) {
      emit();
    } else {
      enumerate(rest.node, rest.env, rest.rest);
    }
  }

  // ---------------------------------------------------------------- assignments

  private void assignOrTest(int slot, Value value, Node where, Pending rest) {
    Value current = target[slot];
    if (current == null) {
      int mark = trailSize;
      assign(slot, value);
      proceed(rest);
      undo(mark);
      return;
    }
    boolean equal;
    try {
      equal = Values.tlaEquals(current, value);
    } catch (ValueException e) {
      throw where.at(e);
    }
    if (equal) {
      proceed(rest);
    }
  }

  /** {@code UNCHANGED v}: each variable in v keeps its value. */
  private void unchangedFrom(int[] slots, int index, Pending rest) {
    if (index == slots.length) {
      proceed(rest);
      return;
    }
    int slot = slots[index];
    Value value = ctx.current[slot];
    Value current = target[slot];
    if (current == null) {
      int mark = trailSize;
      assign(slot, value);
      unchangedFrom(slots, index + 1, rest);
      undo(mark);
    } else if (current.equals(value)) {
      unchangedFrom(slots, index + 1, rest);
    }
  }

  private void assign(int slot, Value value) {
    target[slot] = value;
    if (trailSize == trail.length) {
      trail = Arrays.copyOf(trail, trailSize * 2);
    }
    trail[trailSize++] = slot;
  }

  private void undo(int mark) {
    while (trailSize > mark) {
      target[trail[--trailSize]] = null;
    }
  }

  // ---------------------------------------------------------------- choices and states

  /**
   * Entering one alternative of a choice point: whether to explore it. If true, the caller
   * calls {@link #leaveChoice()} when done with it.
   */
  private boolean enterChoice() {
    return split == null || split.enter();
  }

  private void leaveChoice() {
    if (split != null) {
      split.leave();
    }
  }

  private void emit() {
    if (split != null && !split.emits()) {
      return;
    }
    if (partialSuccessors) {
      sink.accept(target, null);
      return;
    }
    for (int i = 0; i < target.length; i++) {
      if (target[i] == null) {
        String action = label == null ? what : "the action " + label.name();
        Span at = label == null ? null : label.span();
        throw new EvalException(at, "the successor state is not completely specified by " + action
            + ": the variable " + variableNames[i] + (initMode ? "" : "'") + " is not assigned a value");
      }
    }
    sink.accept(target.clone(), recordLabels ? label : null);
  }
}

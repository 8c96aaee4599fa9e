package tlacheck.eval.enumerate;

import java.util.Arrays;
import tlacheck.eval.ActionCall;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.DataNodes;
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
 * Enumerates the states that satisfy an initial predicate, or the successors of a state under
 * a next-state relation, the way TLC does it ("conjunct continuation").
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
 * <p>For trace replay, the enumerator can also report which action produced each state: the
 * innermost operator entered before the first conjunction, with its arguments and any
 * {@code \E} bindings made on the way.
 */
public final class ActionEnumerator {
  /** Receives each enumerated state; the array is fresh and owned by the receiver. */
  public interface Sink {
    void accept(Value[] state, ActionCall label);
  }

  /** The continuation: conjuncts still to process, innermost first. */
  private record Pending(Node node, Env env, Pending rest) {}

  private final String[] variableNames;
  private final RunServices runtime;
  private final Context ctx;
  private Value[] target;
  private int[] trail = new int[16];
  private int trailSize;
  private boolean initMode;
  private Sink sink;
  private boolean recordLabels;
  private ActionCall label;
  private boolean frozen;
  private String what;
  /** Set while deciding ENABLED: a successor need not assign every variable. */
  private boolean partialSuccessors;
  /**
   * Set when ENABLED has found its successor: every choice point then takes no further
   * alternative, and the search returns normally. (An exception thrown from the sink would
   * unwind the same frames, but unwinding compiled frames costs far more than returning.)
   */
  private boolean found;
  /** While deciding ENABLED {@code <<A>>_v}: the box and its environment, else null. */
  private DataNodes.ActionBox enabledAngle;
  private Env enabledEnv;
  private final Sink enabledSink = this::enabledSuccessor;

  private void enabledSuccessor(Value[] successor, ActionCall label) {
    if (enabledAngle == null || hasUnassigned(successor) || !enabledAngle.subscriptUnchanged(ctx, enabledEnv)) {
      found = true;
    }
  }

  // Splitting the initial states between workers. The alternatives taken at the splitDepth-th
  // nested choice point (a disjunct, an element of x \in S, a binding of \E) are numbered in
  // enumeration order: they are the "prefixes". Part w of n continues only below the prefixes
  // numbered w mod n, so the parts are disjoint, and their states sorted by prefix (stably)
  // are the sequential enumeration. A state reached before any such choice is its own prefix.
  /** 0 when not splitting. */
  private int splitDepth;
  private int part;
  private int parts;
  /** Only count the prefixes, going no deeper. */
  private boolean countOnly;
  private int choiceDepth;
  private int prefixCount;
  private int currentPrefix;

  public ActionEnumerator(String[] variableNames, RunServices runtime) {
    this.variableNames = variableNames;
    this.runtime = runtime;
    this.ctx = new Context(null, null, runtime);
  }

  public void initialStates(Node init, Sink sink, boolean recordLabels) {
    this.target = new Value[variableNames.length];
    this.ctx.current = target;
    this.ctx.next = null;
    this.ctx.stable = false; // The state being assigned changes under the enumeration.
    this.initMode = true;
    this.what = "the initial predicate";
    run(init, sink, recordLabels, null);
  }

  /** Receives each initial state of one part with its prefix number. */
  public interface PartSink {
    void accept(Value[] state, int prefix);
  }

  /**
   * The number of prefixes at the given split depth: how finely {@link #initialStatesPart} can
   * divide the initial states.
   */
  public int countPrefixes(Node init, int depth) {
    startSplit(depth, 0, 1, true);
    try {
      initialStates(init, (state, label) -> {}, false);
      return prefixCount;
    } finally {
      splitDepth = 0;
      countOnly = false;
    }
  }

  /** The initial states below the prefixes numbered {@code part} mod {@code parts}, each with its prefix. */
  public void initialStatesPart(Node init, int depth, int part, int parts, PartSink sink) {
    startSplit(depth, part, parts, false);
    try {
      initialStates(init, (state, label) -> sink.accept(state, currentPrefix), false);
    } finally {
      splitDepth = 0;
      countOnly = false;
    }
  }

  private void startSplit(int depth, int part, int parts, boolean countOnly) {
    this.splitDepth = depth;
    this.part = part;
    this.parts = parts;
    this.countOnly = countOnly;
    this.choiceDepth = 0;
    this.prefixCount = 0;
    this.currentPrefix = -1;
  }

  /**
   * Entering one alternative of a choice point: whether to explore it. If true, the caller
   * calls {@link #leaveChoice()} when done with it.
   */
  private boolean enterChoice() {
    if (splitDepth == 0) {
      return true;
    }
    if (++choiceDepth == splitDepth) {
      int prefix = prefixCount++;
      if (countOnly || prefix % parts != part) {
        choiceDepth--;
        return false;
      }
      currentPrefix = prefix;
    }
    return true;
  }

  private void leaveChoice() {
    if (splitDepth != 0) {
      choiceDepth--;
    }
  }

  public void successors(Node next, Value[] state, Sink sink, boolean recordLabels, ActionCall rootLabel) {
    if (target == null || target == ctx.current || target.length != variableNames.length) {
      target = new Value[variableNames.length];
    }
    Arrays.fill(target, null);
    this.ctx.current = state;
    this.ctx.next = target;
    this.ctx.stable = true;
    this.initMode = false;
    this.what = "the next-state relation";
    run(next, sink, recordLabels, rootLabel);
  }

  /**
   * {@code ENABLED action} in {@code state}: whether some successor exists. Variables the action
   * leaves unassigned may take any value, so a partial successor counts; the search stops at
   * the first successor found.
   */
  public boolean enabled(Node action, Env env, Value[] state) {
    if (target == null || target.length != variableNames.length) {
      target = new Value[variableNames.length];
    }
    Arrays.fill(target, null);
    this.ctx.current = state;
    this.ctx.next = target;
    this.ctx.stable = true;
    this.initMode = false;
    this.what = "ENABLED";
    // <<A>>_v: an A step that changes v. A variable A leaves unassigned may change freely.
    DataNodes.ActionBox angle = action instanceof DataNodes.ActionBox box && box.angle ? box : null;
    Node body = angle == null ? action : angle.action;
    this.enabledAngle = angle;
    this.enabledEnv = env;
    this.sink = enabledSink;
    this.recordLabels = false;
    this.label = null;
    this.frozen = false;
    this.trailSize = 0;
    partialSuccessors = true;
    found = false;
    try {
      enumerate(body, env, null);
      return found;
    } finally {
      partialSuccessors = false;
      found = false;
      enabledAngle = null;
      enabledEnv = null;
    }
  }

  private static boolean hasUnassigned(Value[] state) {
    for (Value v : state) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  private void run(Node formula, Sink sink, boolean recordLabels, ActionCall rootLabel) {
    this.sink = sink;
    this.recordLabels = recordLabels;
    this.label = rootLabel;
    this.frozen = false;
    this.trailSize = 0;
    enumerate(formula, null, null);
  }

  /** Whether {@code node} only tests (cannot assign a variable) here: it is then evaluated. */
  private boolean isGuard(Node node, Env env) {
    return (node.level == Node.CONSTANT || !initMode && node.level < Node.ACTION)
        && (!mayAssignThroughParameter(node) || !assignsThroughParameter(node, env));
  }

  private void enumerate(Node node, Env env, Pending rest) {
    if (isGuard(node, env) || initMode && onlyTestsInInit(node)) {
      guard(node, env, rest);
      return;
    }
    byte form = node.enumerationForm;
    if (form == 0) {
      form = formOf(node);
      node.enumerationForm = form;
    }
    switch (form) {
      case AND:
        enumerateAnd(node, env, rest);
        return;
      case OR:
        enumerateOr(node, env, rest);
        return;
      case EQUALS:
        enumerateEquals(node, env, rest);
        return;
      case IN:
        enumerateMembership(node, env, rest);
        return;
      case QUANTIFIER:
        enumerateQuantifier(node, env, rest);
        return;
      case UNCHANGED:
        enumerateUnchanged(node, env, rest);
        return;
      case IF: {
        CoreNodes.If i = (CoreNodes.If) node;
        enumerate(i.condition.evalBool(ctx, env) ? i.then : i.otherwise, env, rest);
        return;
      }
      case CASE: {
        CoreNodes.Case c = (CoreNodes.Case) node;
        int arm = c.choose(ctx, env);
        enumerate(arm < 0 ? c.other : c.results[arm], env, rest);
        return;
      }
      case LET: {
        CoreNodes.Let let = (CoreNodes.Let) node;
        enumerate(let.body, let.bind(env), rest);
        return;
      }
      case OP_CALL:
        enumerateCall(node, env, rest);
        return;
      case LOCAL_OP_CALL:
        enumerateLocalCall(node, env, rest);
        return;
      case LOCAL_REF:
        if (Env.lookup(env, ((CoreNodes.LocalRef) node).depth) instanceof Thunk thunk) {
          enumerate(thunk.node(), thunk.env(), rest);
        } else {
          guard(node, env, rest);
        }
        return;
      case CACHED:
        enumerate(((CoreNodes.Cached) node).inner, env, rest);
        return;
      case ACTION_BOX:
        enumerateActionBox(node, env, rest);
        return;
      default:
        guard(node, env, rest);
    }
  }

  private void enumerateAnd(Node node, Env env, Pending rest) {
    CoreNodes.And and = (CoreNodes.And) node;
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
    frozen = frozen || !recordLabels || !onlyTestsAfterFirst(and);
    enumerate(items[first], env, pending);
    frozen = wasFrozen;
  }

  private void enumerateOr(Node node, Env env, Pending rest) {
    CoreNodes.Or or = (CoreNodes.Or) node;
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

  private void enumerateEquals(Node node, Env env, Pending rest) {
    CoreNodes.Equals eq = (CoreNodes.Equals) node;
    int slot = eq.negated ? -1 : assignable(eq.left, env);
    if (slot < 0) {
      guard(node, env, rest);
      return;
    }
    Value value = eq.right.eval(ctx, env);
    assignOrTest(slot, value, eq, env, rest);
  }

  private void enumerateMembership(Node node, Env env, Pending rest) {
    CoreNodes.In in = (CoreNodes.In) node;
    int slot = in.negated ? -1 : assignable(in.element, env);
    if (slot < 0) {
      guard(node, env, rest);
      return;
    }
    enumerateIn(in, slot, env, rest);
  }

  private void enumerateQuantifier(Node node, Env env, Pending rest) {
    CoreNodes.Quantifier q = (CoreNodes.Quantifier) node;
    if (q.universal) {
      universal(q, 0, env, rest);
    } else if (initMode || q.precheck().mayHold(ctx, env)) {
      // (Not in Init: there every binding is a numbered choice, see enterChoice.)
      existential(q, 0, env, rest);
    }
  }

  private void enumerateUnchanged(Node node, Env env, Pending rest) {
    DataNodes.Unchanged u = (DataNodes.Unchanged) node;
    if (!u.slotsKnown) {
      // The slots depend only on the subscript's shape, so they are worked out once.
      u.slots = variableSlots(u.inner, env);
      u.slotsKnown = true;
    }
    if (u.slots == null) {
      guard(u, env, rest);
    } else {
      unchangedFrom(u.slots, 0, rest, u);
    }
  }

  private void enumerateCall(Node node, Env env, Pending rest) {
    CallNodes.OpCall call = (CallNodes.OpCall) node;
    Env inner = CallNodes.bindArgs(null, call.args, ctx, env);
    ActionCall saved = label;
    if (recordLabels && !frozen) {
      label = ActionCall.of(call.op, inner, ctx);
    }
    enumerate(call.op.body, inner, rest);
    label = saved;
  }

  private void enumerateLocalCall(Node node, Env env, Pending rest) {
    CallNodes.LocalOpCall call = (CallNodes.LocalOpCall) node;
    Closure c = call.closure(env);
    if (c.builtin != null) {
      guard(node, env, rest);
      return;
    }
    enumerate(c.body, CallNodes.bindArgs(c.env, call.args, ctx, env), rest);
  }

  private void enumerateActionBox(Node node, Env env, Pending rest) {
    DataNodes.ActionBox box = (DataNodes.ActionBox) node;
    if (box.angle) {
      Node changed = new CoreNodes.Not(box.span, new DataNodes.Unchanged(box.span, box.subscript));
      enumerate(box.action, env, new Pending(changed, env, rest));
    } else {
      enumerate(box.action, env, rest);
      unchanged(box.subscript, env, rest, box);
    }
  }

  /**
   * Whether enumerating this formula in the initial predicate can only test, never assign or
   * branch: it is then simply evaluated, with the same result, order and errors as the walk
   * through its conjunctions. No disjunction or \E (each true branch is a separate enumeration,
   * and TLC counts the states of each), no {@code x = e} or {@code x \in S} that may assign, and
   * only parts the walk would treat as tests at the leaves. State invariants used as initial
   * predicates (Init == TypeOK /\ Inv) are mostly such tests: \A over implications.
   */
  public static boolean onlyTestsInInit(Node node) {
    if (node.initialTest == 0) {
      node.initialTest = 1; // "No" while deciding, for recursive operators.
      node.initialTest = (byte) (testsOnlyInInit(node) ? 2 : 1);
    }
    return node.initialTest == 2;
  }

  private static boolean testsOnlyInInit(Node node) {
    // Not even a constant-level formula is a test by its level alone: s = e is constant-level
    // when s is a parameter, and assigns a variable when s is bound to one.
    if (node instanceof CoreNodes.Equals eq) {
      return eq.negated || !mayNameVariable(eq.left);
    }
    if (node instanceof CoreNodes.In in) {
      return in.negated || !mayNameVariable(in.element);
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (!onlyTestsInInit(item)) {
          return false;
        }
      }
      return true;
    }
    if (node instanceof CoreNodes.Quantifier q) {
      return q.universal && onlyTestsInInit(q.body);
    }
    if (node instanceof CoreNodes.If i) {
      return onlyTestsInInit(i.then) && onlyTestsInInit(i.otherwise);
    }
    if (node instanceof CoreNodes.Case c) {
      for (Node result : c.results) {
        if (!onlyTestsInInit(result)) {
          return false;
        }
      }
      return c.other == null || onlyTestsInInit(c.other);
    }
    if (node instanceof CoreNodes.Let let) {
      return onlyTestsInInit(let.body);
    }
    if (node instanceof CallNodes.OpCall call) {
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.VariableArg) {
          return false; // The body may assign the variable through its parameter.
        }
      }
      return onlyTestsInInit(call.op.body);
    }
    if (node instanceof CoreNodes.Cached cached) {
      return onlyTestsInInit(cached.inner);
    }
    // Forms the walk enters but whose content is not known here (a lazily bound argument, a
    // local operator), or that assign (UNCHANGED, [A]_v): not simply tests.
    return !(node instanceof CoreNodes.Or || node instanceof CoreNodes.LocalRef || node instanceof CallNodes.LocalOpCall
        || node instanceof DataNodes.Unchanged || node instanceof DataNodes.ActionBox);
  }

  /** Whether an expression may denote a variable that {@code = e} or {@code \in S} would assign in Init. */
  private static boolean mayNameVariable(Node node) {
    return node instanceof CoreNodes.VarRef
        || node instanceof CoreNodes.LocalRef ref && ref.mayBeVariable()
        || node instanceof CoreNodes.Cached c && mayNameVariable(c.inner);
  }

  // The forms successor enumeration tells apart, cached per node (Node#enumerationForm).
  private static final byte OTHER = 1;
  private static final byte AND = 2;
  private static final byte OR = 3;
  private static final byte EQUALS = 4;
  private static final byte IN = 5;
  private static final byte QUANTIFIER = 6;
  private static final byte UNCHANGED = 7;
  private static final byte IF = 8;
  private static final byte CASE = 9;
  private static final byte LET = 10;
  private static final byte OP_CALL = 11;
  private static final byte LOCAL_OP_CALL = 12;
  private static final byte LOCAL_REF = 13;
  private static final byte CACHED = 14;
  private static final byte ACTION_BOX = 15;

  private static byte formOf(Node node) {
    if (node instanceof CoreNodes.And) {
      return AND;
    } else if (node instanceof CoreNodes.Or) {
      return OR;
    } else if (node instanceof CoreNodes.Equals) {
      return EQUALS;
    } else if (node instanceof CoreNodes.In) {
      return IN;
    } else if (node instanceof CoreNodes.Quantifier) {
      return QUANTIFIER;
    } else if (node instanceof DataNodes.Unchanged) {
      return UNCHANGED;
    } else if (node instanceof CoreNodes.If) {
      return IF;
    } else if (node instanceof CoreNodes.Case) {
      return CASE;
    } else if (node instanceof CoreNodes.Let) {
      return LET;
    } else if (node instanceof CallNodes.OpCall) {
      return OP_CALL;
    } else if (node instanceof CallNodes.LocalOpCall) {
      return LOCAL_OP_CALL;
    } else if (node instanceof CoreNodes.LocalRef) {
      return LOCAL_REF;
    } else if (node instanceof CoreNodes.Cached) {
      return CACHED;
    } else if (node instanceof DataNodes.ActionBox) {
      return ACTION_BOX;
    }
    return OTHER;
  }

  /** {@code x' \in S} with x' assignable: tries each element, or tests an assigned x'. */
  private void enumerateIn(CoreNodes.In in, int slot, Env env, Pending rest) {
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

  /** The variable slot that {@code node} may assign: {@code x'} in a next-state relation, {@code x} in Init. */
  private int assignable(Node node, Env env) {
    if (initMode) {
      return node instanceof CoreNodes.VarRef v ? v.slot : parameterSlot(node, env, false);
    }
    return node instanceof CoreNodes.PrimedVarRef p ? p.slot : parameterSlot(node, env, false);
  }

  /**
   * Whether the formula has the shape of one that assigns through a parameter ({@code p = e} or
   * {@code p \in S} with p a local name, possibly primed, or an operator call forwarding a
   * bound name), cached in the node: most guards do not, and then need no per-state check.
   */
  private static boolean mayAssignThroughParameter(Node node) {
    if (node.parameterAssignment == 0) {
      node.parameterAssignment = 2; // "Perhaps" while deciding, for recursive operators.
      node.parameterAssignment = (byte) (shapeAssignsThroughParameter(node) ? 2 : 1);
    }
    return node.parameterAssignment == 2;
  }

  private static boolean shapeAssignsThroughParameter(Node node) {
    if (node instanceof CoreNodes.Equals eq) {
      return !eq.negated && isLocalName(eq.left);
    }
    if (node instanceof CoreNodes.In in) {
      return !in.negated && isLocalName(in.element);
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (mayAssignThroughParameter(item)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CoreNodes.Or or) {
      for (Node item : or.items) {
        if (mayAssignThroughParameter(item)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CallNodes.OpCall call) {
      // Only if a name is passed on that may be bound to a variable, and the operator's body
      // has the shape of an assignment through one of its own names.
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.ForwardArg forward && ((CoreNodes.LocalRef) forward.node).mayBeVariable()) {
          Node body = call.op.body;
          boolean knownShape = body instanceof CoreNodes.Equals || body instanceof CoreNodes.In
              || body instanceof CoreNodes.And || body instanceof CoreNodes.Or || body instanceof CallNodes.OpCall;
          return !knownShape || mayAssignThroughParameter(body);
        }
      }
    }
    return false;
  }

  private static boolean isLocalName(Node node) {
    Node name = node instanceof CoreNodes.Prime p ? p.inner : node;
    return name instanceof CoreNodes.LocalRef ref && ref.mayBeVariable();
  }

  /**
   * Whether a formula whose own level says "guard" may still assign a variable through an
   * operator parameter bound to it (its level cannot show that: it depends on the argument).
   */
  private boolean assignsThroughParameter(Node node, Env env) {
    if (node instanceof CoreNodes.Equals eq) {
      return !eq.negated && !(eq.left instanceof CoreNodes.Const) && parameterSlot(eq.left, env, false) >= 0;
    }
    if (node instanceof CoreNodes.In in) {
      return !in.negated && parameterSlot(in.element, env, false) >= 0;
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        if (assignsThroughParameter(item, env)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CoreNodes.Or or) {
      for (Node item : or.items) {
        if (assignsThroughParameter(item, env)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof CallNodes.OpCall call) {
      for (CallNodes.Arg arg : call.args) {
        if (arg instanceof CallNodes.ForwardArg forward && !(Env.lookup(env, forward.depth) instanceof Value)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The slot assigned through an operator parameter, as TLC allows: {@code q' = e} where q is
   * bound to the argument {@code msgQ}, or {@code r = e} where r is bound to {@code msgQ'}.
   * Follows lazily bound arguments (and primes on them) down to a variable; -1 otherwise.
   */
  private int parameterSlot(Node node, Env env, boolean primed) {
    while (true) {
      if (node instanceof CoreNodes.Prime p && p.inner instanceof CoreNodes.LocalRef && !primed && !initMode) {
        primed = true;
        node = p.inner;
      } else if (node instanceof CoreNodes.LocalRef ref) {
        Object entry = Env.lookup(env, ref.depth);
        if (entry instanceof Thunk t) {
          node = t.node();
          env = t.env();
        } else if (entry instanceof Node variable) {
          node = variable;
        } else {
          return -1;
        }
      } else if (node instanceof CoreNodes.VarRef v) {
        return primed != initMode ? v.slot : -1;
      } else if (node instanceof CoreNodes.PrimedVarRef p) {
        return !primed && !initMode ? p.slot : -1;
      } else {
        return -1;
      }
    }
  }


  private void guard(Node node, Env env, Pending rest) {
    if (node.evalBool(ctx, env)) {
      proceed(rest);
    }
  }

  private void assignOrTest(int slot, Value value, Node where, Env env, Pending rest) {
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

  private void existential(CoreNodes.Quantifier q, int index, Env env, Pending rest) {
    if (index == q.bounds.length) {
      enumerate(q.body, env, rest);
      return;
    }
    CoreNodes.Bound bound = q.bounds[index];
    Value set = bound.set().eval(ctx, env);
    ActionCall saved = label;
    for (Value element : CoreNodes.elementsOf(bound.set(), set)) {
      if (found) {
        break;
      }
      if (!enterChoice()) {
        continue;
      }
      Env inner = CoreNodes.bind(env, bound, element, q);
      if (recordLabels && !frozen) {
        label = (saved == null ? ActionCall.anonymous(q.span) : saved).with(bound.names(), element);
      }
      existential(q, index + 1, inner, rest);
      leaveChoice();
    }
    label = saved;
  }

  /** {@code \A x \in S : A} with an action body: the conjunction of A over every x. */
  private void universal(CoreNodes.Quantifier q, int index, Env env, Pending rest) {
    java.util.List<Env> bindings = new java.util.ArrayList<>();
    collectBindings(q, 0, env, bindings);
    Pending pending = rest;
    for (int i = bindings.size() - 1; i >= 0; i--) {
      pending = new Pending(q.body, bindings.get(i), pending);
    }
    proceed(pending);
  }

  private void collectBindings(CoreNodes.Quantifier q, int index, Env env, java.util.List<Env> out) {
    if (index == q.bounds.length) {
      out.add(env);
      return;
    }
    CoreNodes.Bound bound = q.bounds[index];
    for (Value element : CoreNodes.elementsOf(bound.set(), bound.set().eval(ctx, env))) {
      collectBindings(q, index + 1, CoreNodes.bind(env, bound, element, q), out);
    }
  }

  /** {@code UNCHANGED v}: each variable in v keeps its value. */
  private void unchanged(Node subscript, Env env, Pending rest, Node where) {
    int[] slots = variableSlots(subscript, env);
    if (slots == null) {
      Node test = new DataNodes.Unchanged(where.span, subscript);
      guard(test, env, rest);
      return;
    }
    unchangedFrom(slots, 0, rest, where);
  }

  private void unchangedFrom(int[] slots, int index, Pending rest, Node where) {
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
      unchangedFrom(slots, index + 1, rest, where);
      undo(mark);
    } else if (current.equals(value)) {
      unchangedFrom(slots, index + 1, rest, where);
    }
  }

  /** The variables of a subscript made only of variables and tuples of them, or null. */
  private int[] variableSlots(Node node, Env env) {
    if (node instanceof CoreNodes.VarRef v) {
      return new int[] {v.slot};
    }
    if (node instanceof DataNodes.Tuple t) {
      int[][] parts = new int[t.elements.length][];
      int total = 0;
      for (int i = 0; i < parts.length; i++) {
        parts[i] = variableSlots(t.elements[i], env);
        if (parts[i] == null) {
          return null;
        }
        total += parts[i].length;
      }
      int[] all = new int[total];
      int k = 0;
      for (int[] part : parts) {
        System.arraycopy(part, 0, all, k, part.length);
        k += part.length;
      }
      return all;
    }
    if (node instanceof CallNodes.OpCall call && call.args.length == 0) {
      return variableSlots(call.op.body, null);
    }
    if (node instanceof CoreNodes.Cached c) {
      return variableSlots(c.inner, env);
    }
    return null;
  }

  /** Whether every conjunct after the first is a test that cannot assign a variable. */
  private static boolean onlyTestsAfterFirst(CoreNodes.And and) {
    for (int i = 1; i < and.items.length; i++) {
      Node item = and.items[i];
      if (item.level >= Node.ACTION && !(item instanceof CoreNodes.Not)) {
        return false;
      }
    }
    return true;
  }

  private void proceed(Pending rest) {
    if (rest == null) {
      emit();
    } else {
      enumerate(rest.node, rest.env, rest.rest);
    }
  }

  private void emit() {
    if (splitDepth != 0) {
      if (choiceDepth < splitDepth) {
        // A state reached before the split depth: a prefix of its own.
        int prefix = prefixCount++;
        if (countOnly || prefix % parts != part) {
          return;
        }
        currentPrefix = prefix;
      }
      if (countOnly) {
        return;
      }
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

  RunServices runtime() {
    return runtime;
  }
}

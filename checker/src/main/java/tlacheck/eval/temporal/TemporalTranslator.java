package tlacheck.eval.temporal;

import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.BinderNodes;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.Thunk;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.value.Value;

/**
 * Turns compiled temporal formulas (a SPECIFICATION's fairness, a PROPERTY) into
 * {@link TemporalFormula}s and {@link FairnessCondition}s for the liveness checker.
 *
 * <p>Design: the walk is over compiled {@link Node}s, not syntax, so names are already resolved
 * however they were reached (EXTENDS, INSTANCE, LET, operator parameters). Above the atoms
 * every definition is unfolded: an operator call binds its arguments lazily (as unevaluated
 * {@link Thunk}s that are not memoised, since an atom is evaluated in many states), a bounded
 * quantifier over a constant set becomes a conjunction or disjunction over its elements, a LET
 * binds its definitions the same way. A subformula of state or action level becomes an atom
 * carrying the bindings in force.
 *
 * <p>PROPERTY conjuncts are classified exactly as TLC does (it looks at the syntax): a 0-ary
 * definition is unfolded, {@code /\} splits, {@code [][A]_v} written as such is an action
 * property, {@code []P} with P of state level an invariant, a state predicate is checked on the
 * initial states, anything else temporal.
 */
public final class TemporalTranslator {
  private final String[] variableNames;
  private final RunServices runtime;
  private final Context constantContext;

  public TemporalTranslator(String[] variableNames, RunServices runtime) {
    this.variableNames = variableNames;
    this.runtime = runtime;
    this.constantContext = new Context(new Value[0], null, runtime);
  }

  /** A PROPERTY conjunct that is an invariant ({@code []P}): its name and predicate. */
  public record Invariant(String name, Node predicate) {}

  /** Classifies the conjuncts of a PROPERTY into invariants and temporal properties. */
  public void classifyProperty(String name, Node node, Span where, List<Invariant> invariants,
      List<TemporalProperty> properties) {
    node = unwrap(node);
    if (node instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body != null) {
      classifyProperty(call.op.name, call.op.body, where, invariants, properties);
      return;
    }
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        Node conjunct = unwrap(item);
        String conjunctName = conjunct instanceof CallNodes.OpCall c && c.args.length == 0 ? c.op.name : name;
        classifyProperty(conjunctName, conjunct, where, invariants, properties);
      }
      return;
    }
    if (node instanceof TemporalNodes.Always always) {
      Node inner = unwrap(always.inner);
      if (inner instanceof ActionNodes.ActionBox box && !box.angle) {
        properties.add(new TemporalProperty(name, TemporalProperty.Kind.ACTION, atom(box, null), null));
      } else if (inner.level < Node.ACTION) {
        String invariantName = inner instanceof CallNodes.OpCall c && c.args.length == 0 ? c.op.name : name;
        invariants.add(new Invariant(invariantName, inner));
      } else {
        properties.add(new TemporalProperty(name, TemporalProperty.Kind.TEMPORAL, null, translate(node, null)));
      }
      return;
    }
    if (node.level <= Node.STATE) {
      properties.add(new TemporalProperty(name, TemporalProperty.Kind.INITIAL, atom(node, null), null));
    } else if (node.level == Node.TEMPORAL) {
      properties.add(new TemporalProperty(name, TemporalProperty.Kind.TEMPORAL, null, translate(node, null)));
    } else {
      throw new TlaError(TlaError.Kind.CONFIG, where, "the property " + name + " is an action, which a "
          + "behaviour cannot satisfy as such; write it as [][A]_vars (every step is an A step or leaves vars "
          + "unchanged)");
    }
  }

  /**
   * Adds a SPECIFICATION fairness conjunct: each WF/SF (also under \A and definitions) becomes a
   * condition; any other temporal formula is added to {@code other}, to be assumed as a formula.
   */
  public void fairness(Node node, Env env, List<FairnessCondition> out, List<TemporalFormula> other) {
    node = unwrap(node);
    if (node instanceof TemporalNodes.Fairness f) {
      Node angle = f.angleAction();
      TemporalAtom step = atom(angle, env);
      TemporalAtom enabled = atom(new TemporalNodes.Enabled(f.span, angle, variableNames), env).withEnabledStep(step);
      String text = (f.strong ? "SF" : "WF") + " at " + f.span;
      out.add(new FairnessCondition(f.strong, enabled, step, text));
    } else if (node instanceof CoreNodes.And and && node.level == Node.TEMPORAL) {
      for (Node item : and.items) {
        fairness(item, env, out, other);
      }
    } else if (node instanceof BinderNodes.Quantifier q && q.universal && node.level == Node.TEMPORAL) {
      for (Env binding : bindings(q, env)) {
        fairness(q.body, binding, out, other);
      }
    } else if (node instanceof CallNodes.OpCall call && node.level == Node.TEMPORAL) {
      fairness(call.op.body, bindLazily(null, call.args, env), out, other);
    } else if (node instanceof BinderNodes.Let let && node.level == Node.TEMPORAL) {
      fairness(let.body, bindLet(let, env), out, other);
    } else if (node instanceof CoreNodes.LocalRef ref && Env.lookup(env, ref.depth) instanceof Thunk t) {
      fairness(t.node(), t.env(), out, other);
    } else {
      other.add(translate(node, env));
    }
  }

  TemporalFormula translate(Node node, Env env) {
    node = unwrap(node);
    if (node.level < Node.TEMPORAL) {
      return new TemporalFormula.Atom(atom(node, env));
    }
    if (node instanceof TemporalNodes.Always a) {
      return new TemporalFormula.Always(translate(a.inner, env));
    }
    if (node instanceof TemporalNodes.Eventually e) {
      return new TemporalFormula.Eventually(translate(e.inner, env));
    }
    if (node instanceof TemporalNodes.LeadsTo l) {
      return new TemporalFormula.Always(TemporalFormula.implies(translate(l.left, env),
          new TemporalFormula.Eventually(translate(l.right, env))));
    }
    if (node instanceof TemporalNodes.Fairness f) {
      Node angle = f.angleAction();
      TemporalAtom stepAtom = atom(angle, env);
      TemporalFormula enabled = new TemporalFormula.Atom(
          atom(new TemporalNodes.Enabled(f.span, angle, variableNames), env).withEnabledStep(stepAtom));
      TemporalFormula step = new TemporalFormula.Atom(stepAtom);
      TemporalFormula taken = new TemporalFormula.Always(new TemporalFormula.Eventually(step));
      TemporalFormula notEnabled = new TemporalFormula.Not(enabled);
      TemporalFormula escape = f.strong
          ? new TemporalFormula.Eventually(new TemporalFormula.Always(notEnabled))
          : new TemporalFormula.Always(new TemporalFormula.Eventually(notEnabled));
      return new TemporalFormula.Or(List.of(escape, taken));
    }
    if (node instanceof CoreNodes.Not n) {
      return new TemporalFormula.Not(translate(n.operand, env));
    }
    if (node instanceof CoreNodes.And and) {
      return new TemporalFormula.And(all(and.items, env));
    }
    if (node instanceof CoreNodes.Or or) {
      return new TemporalFormula.Or(all(or.items, env));
    }
    if (node instanceof CoreNodes.Implies i) {
      return TemporalFormula.implies(translate(i.left, env), translate(i.right, env));
    }
    if (node instanceof CoreNodes.Equiv e) {
      TemporalFormula left = translate(e.left, env);
      TemporalFormula right = translate(e.right, env);
      return new TemporalFormula.Or(List.of(new TemporalFormula.And(List.of(left, right)),
          new TemporalFormula.And(List.of(new TemporalFormula.Not(left), new TemporalFormula.Not(right)))));
    }
    if (node instanceof CoreNodes.If i && i.condition.level <= Node.STATE) {
      TemporalFormula condition = translate(i.condition, env);
      return new TemporalFormula.Or(List.of(
          new TemporalFormula.And(List.of(condition, translate(i.then, env))),
          new TemporalFormula.And(List.of(new TemporalFormula.Not(condition), translate(i.otherwise, env)))));
    }
    if (node instanceof BinderNodes.Quantifier q) {
      List<TemporalFormula> parts = new ArrayList<>();
      for (Env binding : bindings(q, env)) {
        parts.add(translate(q.body, binding));
      }
      return q.universal ? new TemporalFormula.And(parts) : new TemporalFormula.Or(parts);
    }
    if (node instanceof CallNodes.OpCall call) {
      return translate(call.op.body, bindLazily(null, call.args, env));
    }
    if (node instanceof CallNodes.LocalOpCall call) {
      Closure c = call.closure(env);
      if (c.body != null) {
        return translate(c.body, bindLazily(c.env, call.args, env));
      }
    }
    if (node instanceof BinderNodes.Let let) {
      return translate(let.body, bindLet(let, env));
    }
    if (node instanceof CoreNodes.LocalRef ref && Env.lookup(env, ref.depth) instanceof Thunk t) {
      return translate(t.node(), t.env());
    }
    throw new TlaError(TlaError.Kind.SEMANTIC, node.span, "this temporal formula cannot be checked: only []F, <>F, "
        + "F ~> G, WF, SF, [][A]_v, <><<A>>_v, the boolean connectives, bounded \\A and \\E over constant sets "
        + "and definitions may be combined above state predicates and actions");
  }

  private List<TemporalFormula> all(Node[] nodes, Env env) {
    List<TemporalFormula> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(translate(n, env));
    }
    return out;
  }

  TemporalAtom atom(Node node, Env env) {
    return new TemporalAtom(node, env, runtime);
  }

  private static Node unwrap(Node node) {
    while (node instanceof CoreNodes.Cached c) {
      node = c.inner;
    }
    return node;
  }

  /** Every binding of a quantifier's bounds, in canonical order; the sets must be constant. */
  private List<Env> bindings(BinderNodes.Quantifier q, Env env) {
    List<Env> out = new ArrayList<>();
    collect(q, 0, env, out);
    return out;
  }

  private void collect(BinderNodes.Quantifier q, int index, Env env, List<Env> out) {
    if (index == q.bounds.length) {
      out.add(env);
      return;
    }
    BinderNodes.Bound bound = q.bounds[index];
    if (bound.set().level > Node.CONSTANT) {
      throw new TlaError(TlaError.Kind.SEMANTIC, bound.set().span, "a quantifier over temporal formulas must "
          + "range over a constant set; this one depends on the state");
    }
    Value set = bound.set().eval(constantContext, env);
    for (Value element : BinderNodes.elementsOf(bound.set(), set)) {
      collect(q, index + 1, BinderNodes.bind(env, bound, element, q), out);
    }
  }

  /** Binds arguments as thunks evaluated afresh in each state (memoised only when constant). */
  private Env bindLazily(Env base, CallNodes.Arg[] args, Env callerEnv) {
    Env e = base;
    for (CallNodes.Arg arg : args) {
      Object entry = arg instanceof CallNodes.OperatorArg
          ? arg.bind(constantContext, callerEnv)
          : new Thunk(arg.node, callerEnv, arg.node.level == Node.CONSTANT);
      e = new Env(e, entry);
    }
    return e;
  }

  /** A LET's bindings for a temporal formula: its atoms are evaluated in many states. */
  private static Env bindLet(BinderNodes.Let let, Env env) {
    return let.bind(env, false);
  }
}

package tlacheck.eval.stdlib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module VectorClocks: {@code IsCausalOrder(log, clock(_))} as defined,
 * and {@code CausalOrder(log, clock(_), node(_), domain(_))}, which the module defines as a
 * CHOOSE among the permutations of the log (TLC's Java implementation sorts instead, and its
 * order among concurrent events changes from run to run). Here the log is sorted
 * topologically, Kahn's way: an event after the previous event of its node and after the
 * events its clock has seen on other nodes; of the events ready at once, the one met first in
 * the log first. The result is a causal order (IsCausalOrder holds of it).
 */
final class VectorClocks {
  private VectorClocks() {}

  static void define(OperatorTable clocks) {
    ModuleExtends.extend(clocks, "Naturals", "Sequences", "Functions");
    clocks.node("IsCausalOrder", new int[] {0, 1}, (s, a, o) -> new IsCausalOrder(s, a[0], o[1]), Node.CONSTANT);
    clocks.node("CausalOrder", new int[] {0, 1, 1, 1}, (s, a, o) -> new CausalOrder(s, a[0], o[1], o[2], o[3]),
        Node.CONSTANT);
  }

  /** {@code IsCausalOrder(log, clock)}: every earlier entry's clock happened before or is concurrent with a later one's. */
  static final class IsCausalOrder extends Node {
    final Node log;
    final CallNodes.OperatorArg clock;

    IsCausalOrder(Span span, Node log, CallNodes.OperatorArg clock) {
      super(span);
      this.log = log;
      this.clock = clock;
      from(log);
      level = Math.max(level, STATE); // the operator argument may read the state
    }

    @Override
    public Value eval(Context ctx, Env env) {
      try {
        Value[] entries = Values.asSequence(log.eval(ctx, env), "IsCausalOrder").elements();
        if (entries.length < 2) {
          return BoolValue.TRUE; // no pair of entries: the clock is never applied
        }
        Closure c = (Closure) clock.bind(ctx, env);
        FunctionValue[] vcs = new FunctionValue[entries.length];
        for (int i = 0; i < entries.length; i++) {
          vcs[i] = Values.asFunction(CallNodes.call(c, ctx, entries[i]), "IsCausalOrder (a clock)");
        }
        for (int i = 0; i < vcs.length; i++) {
          for (int j = 0; j < i; j++) {
            if (!happenedBeforeOrConcurrent(vcs[j], vcs[i])) {
              return BoolValue.FALSE;
            }
          }
        }
        return BoolValue.TRUE;
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  /**
   * Both clocks filled with 0 to the union of their domains; then v1 happened before v2 (no
   * entry larger, one smaller) or they are concurrent (one entry smaller, another larger).
   */
  private static boolean happenedBeforeOrConcurrent(FunctionValue v1, FunctionValue v2) {
    Set<Value> domain = new LinkedHashSet<>();
    for (int i = 0; i < v1.size(); i++) {
      domain.add(v1.keyAt(i));
    }
    for (int i = 0; i < v2.size(); i++) {
      domain.add(v2.keyAt(i));
    }
    boolean smaller = false;
    boolean larger = false;
    for (Value d : domain) {
      int a = entry(v1, d);
      int b = entry(v2, d);
      smaller |= a < b;
      larger |= a > b;
    }
    return smaller; // before: smaller and not larger; concurrent: smaller and larger (at two keys)
  }

  private static int entry(FunctionValue clock, Value key) {
    return clock.inDomain(key) ? OperatorTable.integer(clock.apply(key), "VectorClocks (a clock entry)") : 0;
  }

  /** {@code CausalOrder(log, clock, node, domain)}: the log sorted so that causes come before effects. */
  static final class CausalOrder extends Node {
    final Node log;
    final CallNodes.OperatorArg clock;
    final CallNodes.OperatorArg node;
    final CallNodes.OperatorArg domain;

    CausalOrder(Span span, Node log, CallNodes.OperatorArg clock, CallNodes.OperatorArg node, CallNodes.OperatorArg domain) {
      super(span);
      this.log = log;
      this.clock = clock;
      this.node = node;
      this.domain = domain;
      from(log);
      level = Math.max(level, STATE); // the operator arguments may read the state
    }

    @Override
    public Value eval(Context ctx, Env env) {
      try {
        Value[] entries = Values.asSequence(log.eval(ctx, env), "CausalOrder").elements();
        Closure clockOf = (Closure) clock.bind(ctx, env);
        Closure nodeOf = (Closure) node.bind(ctx, env);
        Closure domainOf = (Closure) domain.bind(ctx, env);
        // Each event is known by its node and its node's own entry in its clock.
        Map<Value, Integer> eventAt = new HashMap<>();
        FunctionValue[] vcs = new FunctionValue[entries.length];
        Value[] nodes = new Value[entries.length];
        for (int i = 0; i < entries.length; i++) {
          vcs[i] = Values.asFunction(CallNodes.call(clockOf, ctx, entries[i]), "CausalOrder (a clock)");
          nodes[i] = CallNodes.call(nodeOf, ctx, entries[i]);
          eventAt.putIfAbsent(TupleValue.of(nodes[i], IntValue.of(entry(vcs[i], nodes[i]))), i);
        }
        List<List<Integer>> after = new ArrayList<>();
        int[] waitingFor = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
          after.add(new ArrayList<>());
        }
        for (int i = 0; i < entries.length; i++) {
          Set<Integer> causes = new LinkedHashSet<>();
          for (Value d : Values.asSet(CallNodes.call(domainOf, ctx, vcs[i]), "CausalOrder (a clock's domain)")
              .enumerate().elements()) {
            int seen = entry(vcs[i], d) - (Values.tlaEquals(d, nodes[i]) ? 1 : 0);
            Integer cause = eventAt.get(TupleValue.of(d, IntValue.of(seen)));
            if (cause != null && cause != i) {
              causes.add(cause);
            }
          }
          waitingFor[i] = causes.size();
          for (int cause : causes) {
            after.get(cause).add(i);
          }
        }
        return TupleValue.of(topologicalOrder(entries, after, waitingFor));
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }

  private static Value[] topologicalOrder(Value[] entries, List<List<Integer>> after, int[] waitingFor) {
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < entries.length; i++) {
      if (waitingFor[i] == 0) {
        ready.add(i);
      }
    }
    Value[] sorted = new Value[entries.length];
    int n = 0;
    while (!ready.isEmpty()) {
      int next = ready.poll();
      sorted[n++] = entries[next];
      for (int later : after.get(next)) {
        if (--waitingFor[later] == 0) {
          ready.add(later);
        }
      }
    }
    if (n < entries.length) {
      throw new ValueException("CausalOrder: the vector clocks of the log order some events in a cycle");
    }
    return sorted;
  }
}

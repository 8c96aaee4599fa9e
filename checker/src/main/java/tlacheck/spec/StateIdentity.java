package tlacheck.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.eval.Context;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.value.EnumSetValue;
import tlacheck.value.Fingerprints;
import tlacheck.value.FunctionValue;
import tlacheck.value.ModelValue;
import tlacheck.value.SetValue;
import tlacheck.value.States;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * What the seen set records for a state when the configuration has a VIEW or a SYMMETRY.
 *
 * <p>VIEW v: two states are the same when v has the same value in both, so the fingerprint is
 * v's. SYMMETRY Perms: two states are the same when a permutation in Perms (of model values)
 * maps one to the other; the fingerprint is the least over all permutations of the permuted
 * state's fingerprint (or of v's value in the permuted state), as TLC does. Any choice of one
 * representative per orbit gives TLC's distinct-state count; taking the least fingerprint needs
 * no canonical order of values. Permutations apply inside sets, functions, records and tuples;
 * sets and functions are rebuilt in canonical order afterwards.
 *
 * <p>Not thread-safe: each model worker owns its spec, and with it one of these.
 */
final class StateIdentity {
  private final Node view;
  /** The permutations as maps from model value to model value; empty without SYMMETRY. */
  private final List<Map<Value, Value>> permutations;
  private final Context ctx;

  StateIdentity(Node view, List<Map<Value, Value>> permutations, RunServices runtime) {
    this.view = view;
    this.permutations = permutations;
    this.ctx = new Context(null, null, runtime);
  }

  /** The permutations of a SYMMETRY definition's value: a set of functions between model values. */
  static List<Map<Value, Value>> permutations(Value set, String name) {
    List<Map<Value, Value>> out = new java.util.ArrayList<>();
    for (Value element : Values.asSet(set, "SYMMETRY " + name).enumerate().elements()) {
      if (!(element instanceof FunctionValue f)) {
        throw new ValueException("SYMMETRY " + name + " must be a set of permutations, but contains "
            + Values.describe(element));
      }
      Map<Value, Value> map = new HashMap<>();
      for (int i = 0; i < f.size(); i++) {
        if (!(f.keyAt(i) instanceof ModelValue) || !(f.valueAt(i) instanceof ModelValue)) {
          throw new ValueException("SYMMETRY " + name + " must permute model values, but maps "
              + f.keyAt(i) + " to " + f.valueAt(i));
        }
        map.put(f.keyAt(i), f.valueAt(i));
      }
      out.add(map);
    }
    return closure(out);
  }

  /**
   * The group the permutations generate: {@code Permutations(A) \cup Permutations(B)} means
   * every combination of a permutation of A with one of B, which is how TLC reduces by it.
   */
  private static List<Map<Value, Value>> closure(List<Map<Value, Value>> generators) {
    java.util.LinkedHashSet<Map<Value, Value>> group = new java.util.LinkedHashSet<>();
    for (Map<Value, Value> g : generators) {
      group.add(withoutFixedPoints(g));
    }
    java.util.ArrayDeque<Map<Value, Value>> work = new java.util.ArrayDeque<>(group);
    while (!work.isEmpty() && group.size() < 100_000) {
      Map<Value, Value> p = work.poll();
      for (Map<Value, Value> g : generators) {
        Map<Value, Value> composed = new HashMap<>();
        java.util.Set<Value> domain = new java.util.HashSet<>(p.keySet());
        domain.addAll(g.keySet());
        for (Value x : domain) {
          Value y = g.getOrDefault(x, x);
          composed.put(x, p.getOrDefault(y, y));
        }
        Map<Value, Value> reduced = withoutFixedPoints(composed);
        if (group.add(reduced)) {
          work.add(reduced);
        }
      }
    }
    return new java.util.ArrayList<>(group);
  }

  private static Map<Value, Value> withoutFixedPoints(Map<Value, Value> p) {
    Map<Value, Value> out = new HashMap<>();
    p.forEach((k, v) -> {
      if (!k.equals(v)) {
        out.put(k, v);
      }
    });
    return out;
  }

  long fingerprint(Value[] state) {
    if (permutations.isEmpty()) {
      return identity(state);
    }
    long least = Long.MAX_VALUE;
    Value[] permuted = new Value[state.length];
    for (Map<Value, Value> permutation : permutations) {
      for (int i = 0; i < state.length; i++) {
        permuted[i] = permute(state[i], permutation);
      }
      least = Math.min(least, identity(permuted));
    }
    return least;
  }

  private long identity(Value[] state) {
    if (view == null) {
      return States.fingerprint(state);
    }
    ctx.current = state;
    ctx.next = null;
    return Fingerprints.combine(Fingerprints.STATE, view.eval(ctx, null).fingerprint());
  }

  /** The value with every model value replaced by its image; the same object when nothing changes. */
  static Value permute(Value v, Map<Value, Value> permutation) {
    if (v instanceof ModelValue) {
      Value image = permutation.get(v);
      return image == null ? v : image;
    }
    if (v instanceof TupleValue t) {
      Value[] elements = t.elements();
      Value[] mapped = null;
      for (int i = 0; i < elements.length; i++) {
        Value m = permute(elements[i], permutation);
        if (m != elements[i]) {
          if (mapped == null) {
            mapped = elements.clone();
          }
          mapped[i] = m;
        }
      }
      return mapped == null ? v : TupleValue.of(mapped);
    }
    if (v instanceof FunctionValue f) {
      Value[] keys = new Value[f.size()];
      Value[] values = new Value[keys.length];
      boolean changed = false;
      for (int i = 0; i < keys.length; i++) {
        keys[i] = permute(f.keyAt(i), permutation);
        values[i] = permute(f.valueAt(i), permutation);
        changed |= keys[i] != f.keyAt(i) || values[i] != f.valueAt(i);
      }
      return changed ? Values.functionUnsorted(keys, values) : v;
    }
    if (v instanceof SetValue s && s.isEnumerable()) {
      Value[] elements = s.enumerate().elements();
      Value[] mapped = new Value[elements.length];
      boolean changed = false;
      for (int i = 0; i < elements.length; i++) {
        mapped[i] = permute(elements[i], permutation);
        changed |= mapped[i] != elements[i];
      }
      return changed ? EnumSetValue.of(mapped) : v;
    }
    return v;
  }
}

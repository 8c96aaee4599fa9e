package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * TLC's standard module Randomization: {@code RandomSubset(k, S)},
 * {@code RandomSetOfSubsets(k, n, S)} and {@code TestRandomSetOfSubsets(k, n, S)}.
 *
 * <p><b>Repeatable draws.</b> TLC makes a step's pseudo-random choices a function of the
 * step's first state, so that it can rebuild an error trace. Here a draw is a function of the
 * current state, of where the operator is written and of its arguments: its random source is
 * seeded from those alone. So every run draws the same values, every worker the same for the
 * same state, and the replay that rebuilds a trace the same as the search; the same application
 * in the same state and with the same arguments draws the same value (TestRandomSetOfSubsets,
 * which makes five draws, takes them from one source).
 */
final class Randomization {
  private Randomization() {}

  private enum Kind { SUBSET, SET_OF_SUBSETS, TEST }

  static void define(OperatorTable randomization) {
    randomization.node("RandomSubset", new int[2], (s, a, o) -> new Draw(s, a, Kind.SUBSET), Node.STATE);
    randomization.node("RandomSetOfSubsets", new int[3], (s, a, o) -> new Draw(s, a, Kind.SET_OF_SUBSETS), Node.STATE);
    randomization.node("TestRandomSetOfSubsets", new int[3], (s, a, o) -> new Draw(s, a, Kind.TEST), Node.STATE);
  }

  /** One application of a Randomization operator. */
  static final class Draw extends Node {
    final Node[] args;
    final Kind kind;
    /**
     * Where the application is written (its file's name, not the folder, and its position): the
     * part of the seed that tells applications apart, the same wherever the spec is checked from.
     */
    final long site;

    Draw(Span span, Node[] args, Kind kind) {
      super(span);
      this.args = args;
      this.kind = kind;
      String file = span.file().name();
      String module = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      this.site = module.hashCode() * 0x9E3779B97F4A7C15L + span.start() * 31L + span.end();
      from(args);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] values = new Value[args.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = args[i].eval(ctx, env);
      }
      try {
        Random random = new Random(seed(ctx.current, values));
        return switch (kind) {
          case SUBSET -> randomSubset(values[0], values[1], random);
          case SET_OF_SUBSETS -> randomSetOfSubsets(values[0], values[1], values[2], random);
          case TEST -> {
            Value[] sizes = new Value[5];
            for (int i = 0; i < sizes.length; i++) {
              sizes[i] = IntValue.of(((SetValue) randomSetOfSubsets(values[0], values[1], values[2], random)).size());
            }
            yield TupleValue.of(sizes);
          }
        };
      } catch (ValueException e) {
        throw at(e);
      }
    }

    private long seed(Value[] state, Value[] values) {
      long h = site;
      if (state != null) {
        for (Value slot : state) {
          h = h * 0x100000001B3L + (slot == null ? 0 : slot.fingerprint());
        }
      }
      for (Value v : values) {
        h = h * 0x100000001B3L + v.fingerprint();
      }
      return h;
    }
  }

  /** {@code RandomSubset(k, S)}: k elements of S chosen at random; all of S when k is not smaller. */
  private static Value randomSubset(Value kValue, Value setValue, Random random) {
    int k = OperatorTable.integer(kValue, "RandomSubset");
    Value[] elements = finite(setValue, "second", "RandomSubset");
    if (k < 0) {
      throw new ValueException("The first argument of RandomSubset should be a nonnegative integer, but instead it is: " + k);
    }
    if (k >= elements.length) {
      return EnumSetValue.of(elements);
    }
    Value[] shuffled = elements.clone();
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(shuffled.length - i);
      Value t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    return EnumSetValue.of(Arrays.copyOf(shuffled, k));
  }

  /**
   * {@code RandomSetOfSubsets(k, n, S)}: k subsets T of S drawn at random, each element of S in
   * T with probability n / Cardinality(S), as a set (so duplicates count once).
   */
  private static Value randomSetOfSubsets(Value kValue, Value nValue, Value setValue, Random random) {
    String op = "RandomSetOfSubsets";
    int k = OperatorTable.integer(kValue, op);
    int n = OperatorTable.integer(nValue, op);
    if (k < 0) {
      throw new ValueException("The first argument of " + op + " should be a nonnegative integer, but instead it is: " + k);
    }
    if (n < 0) {
      throw new ValueException("The second argument of " + op + " should be a nonnegative integer, but instead it is: " + n);
    }
    Value[] elements = finite(setValue, "third", op);
    if (elements.length < 31 && k > 1L << elements.length) {
      throw new ValueException("The first argument of " + op + " should be a nonnegative integer that is smaller than"
          + " the subset's size of 2^" + elements.length + ", but instead it is: " + k);
    }
    if (n > elements.length) {
      throw new ValueException("The second argument of " + op + " should be a nonnegative integer in range"
          + " 0..Cardinality(S), but instead it is: " + n);
    }
    double probability = elements.length == 0 ? 0 : (double) n / elements.length;
    List<Value> subsets = new ArrayList<>(k);
    for (int draw = 0; draw < k; draw++) {
      List<Value> chosen = new ArrayList<>();
      for (Value e : elements) {
        if (random.nextDouble() < probability) {
          chosen.add(e);
        }
      }
      subsets.add(EnumSetValue.of(chosen));
    }
    return EnumSetValue.of(subsets);
  }

  private static Value[] finite(Value v, String which, String op) {
    SetValue set = Values.asSet(v, op);
    if (!set.isEnumerable()) {
      throw new ValueException("The " + which + " argument of " + op + " should be a finite set, but instead it is: " + v);
    }
    return set.enumerate().elements();
  }
}

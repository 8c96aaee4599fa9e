package tlacheck.eval.stdlib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tlacheck.eval.Node;
import tlacheck.eval.stdlib.HigherOrder.Operator;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModule SequencesExt, which extends Sequences, Naturals, FiniteSets,
 * FiniteSetsExt, Folds, Functions, Bags and TLC. The operators that build sets of sequences are
 * in {@link SequenceSets}, those that compare and replace subsequences in {@link SubSequences}.
 *
 * <p>Each operator means its definition in SequencesExt.tla, strings included: where the
 * definition uses {@code Len}, {@code SubSeq} or {@code \o} a string works as a sequence of
 * characters, and where it applies {@code s[i]} a string (other than the empty one) is an error,
 * as in TLC. Where TLC replaces the definition by a Java override this follows the override,
 * which is what users of the CommunityModules get: the overridden operators take sequences only
 * (no strings; IsPrefix, LongestCommonPrefix, ReplaceFirstSubSeq and ReplaceAllSubSeqs take
 * strings too), {@code SelectInSubSeq} and {@code SelectLastInSubSeq} answer an index of the whole
 * sequence (the definition's would be one of the subsequence) and are 0 when {@code from > to},
 * and {@code FoldSeq} combines the elements in order, the first innermost (as FoldFunction).
 */
final class SequencesExt {
  private SequencesExt() {}

  static void define(OperatorTable ext) {
    for (String module : new String[] {"Sequences", "Naturals", "FiniteSets", "FiniteSetsExt", "Folds", "Functions",
        "Bags", "TLC"}) {
      ext.extend(module);
    }
    SequenceSets.define(ext);
    SubSequences.define(ext);
    ext.unary("ToSet", s -> Functions.range(Values.asFunction(s, "ToSet")));
    ext.unary("ToBag", SequencesExt::toBag);
    ext.binary("Contains", (s, e) -> BoolValue.of(indexOf(sequence(s, "Contains"), e) > 0));
    HigherOrder.define(ext, "IsSorted", new int[] {0, 2}, (v, ops) -> BoolValue.of(isSorted(indexed(v[0], "IsSorted"), ops[1])));
    ext.unary("Reverse", s -> reverse(indexed(s, "Reverse")));
    ext.binary("Remove", (s, e) -> {
      List<Value> kept = new ArrayList<>();
      for (Value x : Values.asSequence(s, "SelectSeq").elements()) {
        if (!Values.tlaEquals(x, e)) {
          kept.add(x);
        }
      }
      return TupleValue.of(kept.toArray(new Value[0]));
    });
    ext.nary("ReplaceAll", 3, v -> {
      Value[] elements = indexed(v[0], "ReplaceAll").elements().clone();
      for (int i = 0; i < elements.length; i++) {
        if (Values.tlaEquals(elements[i], v[1])) {
          elements[i] = v[2];
        }
      }
      return TupleValue.of(elements);
    }, Node.CONSTANT);
    HigherOrder.define(ext, "SelectInSeq", new int[] {0, 1},
        (v, ops) -> IntValue.of(select(sequence(v[0], "SelectInSeq"), 1, Integer.MAX_VALUE, ops[1], true)));
    HigherOrder.define(ext, "SelectInSubSeq", new int[] {0, 0, 0, 1}, (v, ops) -> selectInSubSeq(v, ops[3], true));
    HigherOrder.define(ext, "SelectLastInSeq", new int[] {0, 1},
        (v, ops) -> IntValue.of(select(sequence(v[0], "SelectLastInSeq"), 1, Integer.MAX_VALUE, ops[1], false)));
    HigherOrder.define(ext, "SelectLastInSubSeq", new int[] {0, 0, 0, 1}, (v, ops) -> selectInSubSeq(v, ops[3], false));
    ext.nary("InsertAt", 3, v -> {
      int i = Values.asInt(v[1], "InsertAt");
      Value front = Sequences.concat(subSeq(v[0], 1, minusOne(i)), TupleValue.of(v[2]));
      return Sequences.concat(front, subSeq(v[0], i, len(v[0])));
    }, Node.CONSTANT);
    ext.nary("ReplaceAt", 3, v -> Values.asFunction(v[0], "EXCEPT").except(v[1], v[2]), Node.CONSTANT);
    ext.binary("RemoveAt", (s, iv) -> {
      int i = Values.asInt(iv, "RemoveAt");
      return Sequences.concat(subSeq(s, 1, minusOne(i)), subSeq(s, plusOne(i), len(s)));
    });
    ext.binary("RemoveFirst", (s, e) -> {
      TupleValue t = sequence(s, "RemoveFirst");
      return removeAt(t, indexOf(t, e));
    });
    HigherOrder.define(ext, "RemoveFirstMatch", new int[] {0, 1}, (v, ops) -> {
      TupleValue t = sequence(v[0], "RemoveFirstMatch");
      return removeAt(t, select(t, 1, Integer.MAX_VALUE, ops[1], true));
    });
    ext.binary("Cons", (e, s) -> Sequences.concat(TupleValue.of(e), s));
    ext.binary("Snoc", (e, s) -> Values.asSequence(s, "Append").append(e));
    ext.unary("Front", s -> subSeq(s, 1, minusOne(len(s))));
    ext.unary("Last", s -> {
      int n = len(s);
      if (n == 0 || s instanceof StringValue) {
        throw new ValueException("Last of " + Values.describe(s) + ", which has no element at index " + n);
      }
      return at(s, n, "Last");
    });
    ext.binary("SeqMod", (a, b) -> {
      int x = Values.asInt(a, "%");
      int y = Values.asInt(b, "%");
      if (y <= 0) {
        throw new ValueException("the second argument of % must be positive, but SeqMod(" + x + ", " + y + ") was asked");
      }
      int r = Math.floorMod(x, y);
      return IntValue.of(r == 0 ? y : r);
    });
    defineFolds(ext);
    ext.unary("FlattenSeq", SequencesExt::flatten);
    ext.binary("Zip", (s, t) -> {
      int n = Math.min(len(s), len(t));
      Value[] pairs = new Value[n];
      for (int i = 1; i <= n; i++) {
        pairs[i - 1] = TupleValue.of(at(s, i, "Zip"), at(t, i, "Zip"));
      }
      return TupleValue.of(pairs);
    });
    ext.binary("Interleave", SequencesExt::interleave);
  }

  private static void defineFolds(OperatorTable ext) {
    HigherOrder.define(ext, "FoldSeq", new int[] {2, 0, 0},
        (v, ops) -> Functions.foldFunction(ops[0]::call, v[1], v[2], "FoldSeq"));
    HigherOrder.define(ext, "FoldLeft", new int[] {2, 0, 0}, (v, ops) -> {
      Value result = v[1];
      for (Value e : sequence(v[2], "FoldLeft").elements()) {
        result = ops[0].call(result, e);
      }
      return result;
    });
    HigherOrder.define(ext, "FoldRight", new int[] {2, 0, 0}, (v, ops) -> {
      Value[] elements = sequence(v[1], "FoldRight").elements();
      Value result = v[2];
      for (int i = elements.length - 1; i >= 0; i--) {
        result = ops[0].call(elements[i], result);
      }
      return result;
    });
    HigherOrder.define(ext, "FoldLeftDomain", new int[] {2, 0, 0}, (v, ops) -> {
      int n = sequence(v[2], "FoldLeftDomain").size();
      Value result = v[1];
      for (int i = 1; i <= n; i++) {
        result = ops[0].call(result, IntValue.of(i));
      }
      return result;
    });
    HigherOrder.define(ext, "FoldRightDomain", new int[] {2, 0, 0}, (v, ops) -> {
      Value result = v[2];
      for (int i = sequence(v[1], "FoldRightDomain").size(); i >= 1; i--) {
        result = ops[0].call(IntValue.of(i), result);
      }
      return result;
    });
  }

  /** A sequence, not a string: the argument of an operator TLC overrides in Java. */
  static TupleValue sequence(Value v, String op) {
    return Values.asSequence(v, op);
  }

  /**
   * The sequence a definition indexes ({@code s[i]} for i in {@code 1..Len(s)}): a string is
   * one only when empty (it has no index), any other string cannot be applied, as in TLC.
   */
  static TupleValue indexed(Value v, String op) {
    if (v instanceof StringValue s) {
      if (s.value().isEmpty()) {
        return TupleValue.EMPTY;
      }
      throw new ValueException(op + " applies the string " + v + " as a function, which it is not");
    }
    return Values.asSequence(v, op);
  }

  /** {@code Len(s)}: of a sequence or a string. */
  static int len(Value v) {
    return v instanceof StringValue s ? s.value().length() : Values.asSequence(v, "Len").size();
  }

  /** {@code s[i]}, i in {@code 1..Len(s)}. */
  static Value at(Value v, int i, String op) {
    return indexed(v, op).get(i);
  }

  /** {@code SubSeq(s, m, n)}, of a sequence or a string. */
  static Value subSeq(Value s, int m, int n) {
    return Sequences.subSeq(new Value[] {s, IntValue.of(m), IntValue.of(n)});
  }

  static int minusOne(int i) {
    return ((IntValue) IntValue.ofChecked((long) i - 1)).value();
  }

  static int plusOne(int i) {
    return ((IntValue) IntValue.ofChecked((long) i + 1)).value();
  }

  /** The first index (1-based) of an element equal to {@code e}, or 0. */
  private static int indexOf(TupleValue t, Value e) {
    Value[] elements = t.elements();
    for (int i = 0; i < elements.length; i++) {
      if (Values.tlaEquals(elements[i], e)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** t without its element at {@code index} (1-based); t itself when index is 0. */
  private static TupleValue removeAt(TupleValue t, int index) {
    if (index == 0) {
      return t;
    }
    Value[] elements = t.elements();
    Value[] rest = new Value[elements.length - 1];
    System.arraycopy(elements, 0, rest, 0, index - 1);
    System.arraycopy(elements, index, rest, index - 1, rest.length - index + 1);
    return TupleValue.of(rest);
  }

  private static Value toBag(Value s) {
    FunctionValue f = Values.asFunction(s, "ToBag");
    TreeMap<Value, Integer> counts = new TreeMap<>();
    for (int i = 0; i < f.size(); i++) {
      counts.merge(f.valueAt(i), 1, Integer::sum);
    }
    Value[] keys = new Value[counts.size()];
    Value[] values = new Value[keys.length];
    int k = 0;
    for (Map.Entry<Value, Integer> entry : counts.entrySet()) {
      keys[k] = entry.getKey();
      values[k++] = IntValue.of(entry.getValue());
    }
    return Values.function(keys, values);
  }

  /** {@code \A i, j \in 1..Len(s) : i < j => op(s[i], s[j])}, stopping at the first pair that fails. */
  private static boolean isSorted(TupleValue s, Operator op) {
    Value[] e = s.elements();
    for (int i = 0; i < e.length; i++) {
      for (int j = i + 1; j < e.length; j++) {
        if (!op.test(e[i], e[j])) {
          return false;
        }
      }
    }
    return true;
  }

  private static TupleValue reverse(TupleValue s) {
    Value[] e = s.elements();
    Value[] reversed = new Value[e.length];
    for (int i = 0; i < e.length; i++) {
      reversed[i] = e[e.length - 1 - i];
    }
    return TupleValue.of(reversed);
  }

  static TupleValue reverseOf(Value s, String op) {
    return reverse(indexed(s, op));
  }

  /** The first (or last) index in {@code from..to} whose element passes the test, or 0. */
  private static int select(TupleValue s, int from, int to, Operator test, boolean first) {
    int high = Math.min(to, s.size());
    for (int k = 0; k <= high - from; k++) {
      int i = first ? from + k : high - k;
      if (test.test(s.get(i))) {
        return i;
      }
    }
    return 0;
  }

  /** SelectInSubSeq or SelectLastInSubSeq as TLC's override: 0 when from > to, else both in the domain. */
  private static Value selectInSubSeq(Value[] v, Operator test, boolean first) {
    String op = first ? "SelectInSubSeq" : "SelectLastInSubSeq";
    TupleValue s = sequence(v[0], op);
    int from = Values.asInt(v[1], op);
    int to = Values.asInt(v[2], op);
    if (from > to) {
      return IntValue.of(0);
    }
    if (from < 1 || from > s.size()) {
      throw new ValueException("the second argument of " + op + " must be in the domain 1.." + s.size()
          + " of its first argument, but it is " + from);
    }
    if (to > s.size()) {
      throw new ValueException("the third argument of " + op + " must be in the domain 1.." + s.size()
          + " of its first argument, but it is " + to);
    }
    return IntValue.of(select(s, from, to, test, first));
  }

  /** {@code seqs[1] \o seqs[2] \o ...}; seqs itself when empty. */
  private static Value flatten(Value seqs) {
    int n = len(seqs);
    if (n == 0) {
      return seqs;
    }
    TupleValue parts = indexed(seqs, "FlattenSeq");
    Value result = parts.get(1);
    for (int i = 2; i <= n; i++) {
      result = Sequences.concat(result, parts.get(i));
    }
    return result;
  }

  private static Value interleave(Value s, Value t) {
    int n = len(s);
    if (n != len(t)) {
      throw new ValueException("Interleave of sequences of different lengths " + n + " and " + len(t)
          + " (no case of its CASE applies)");
    }
    if (n == 0) {
      return TupleValue.of(TupleValue.EMPTY, TupleValue.EMPTY);
    }
    Value[] out = new Value[2 * n];
    for (int i = 1; i <= n; i++) {
      out[2 * i - 2] = TupleValue.of(at(s, i, "Interleave"));
      out[2 * i - 1] = TupleValue.of(at(t, i, "Interleave"));
    }
    return TupleValue.of(out);
  }

  /** Sorts as TLC's SortSeq: {@code less(x, y)} decides whether x goes first. */
  static TupleValue sorted(Value[] elements, Operator less) {
    Value[] out = elements.clone();
    Arrays.sort(out, (x, y) -> x.equals(y) ? 0 : less.test(x, y) ? -1 : 1);
    return TupleValue.of(out);
  }
}

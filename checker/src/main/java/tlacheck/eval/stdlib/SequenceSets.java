package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.Functions.set;
import static tlacheck.eval.stdlib.SequencesExt.len;
import static tlacheck.eval.stdlib.SequencesExt.sequence;
import static tlacheck.eval.stdlib.SequencesExt.subSeq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FcnSetValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.SetValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The operators of SequencesExt that turn sets into sequences and sequences into sets:
 * SetToSeq, SetToSeqs, SetToSortSeq, SetToAllKPermutations, TupleOf, SeqOf, BoundedSeq,
 * Prefixes, Suffixes, SubSeqs, AllSubSeqs and CommonPrefixes (see {@link SequencesExt}).
 */
final class SequenceSets {
  private SequenceSets() {}

  /** The most sequences a set of sequences is listed with. */
  private static final long MAX_LISTED = Integer.MAX_VALUE;

  static void define(OperatorTable ext) {
    ext.unary("SetToSeq", s -> TupleValue.of(set(s, "SetToSeq").elements().clone()));
    ext.unary("SetToSeqs", s -> {
      Value[] elements = set(s, "SetToSeqs").elements();
      List<Value> out = new ArrayList<>();
      arrangements(elements, new Value[elements.length], new boolean[elements.length], 0, elements.length, out);
      return EnumSetValue.of(out);
    });
    HigherOrder.define(ext, "SetToSortSeq", new int[] {0, 2},
        (v, ops) -> SequencesExt.sorted(set(v[0], "SetToSeq").elements(), ops[1]));
    ext.unary("SetToAllKPermutations", s -> {
      Value[] elements = set(s, "SetToAllKPermutations").elements();
      List<Value> out = new ArrayList<>();
      arrangements(elements, new Value[elements.length], new boolean[elements.length], 0, -1, out);
      return EnumSetValue.of(out);
    });
    ext.binary("TupleOf", (s, n) -> new FcnSetValue(new IntervalValue(1, Values.asInt(n, "TupleOf")),
        Values.asSet(s, "TupleOf")));
    ext.binary("SeqOf", (s, n) -> boundedSeqs(s, Values.asInt(n, "SeqOf"), "SeqOf"));
    ext.binary("BoundedSeq", (s, n) -> boundedSeqs(s, Values.asInt(n, "BoundedSeq"), "BoundedSeq"));
    ext.unary("Prefixes", SequenceSets::prefixes);
    ext.unary("Suffixes", s -> {
      TupleValue t = sequence(s, "Suffixes");
      Value[] out = new Value[t.size() + 1];
      for (int l = 1; l <= t.size(); l++) {
        out[l - 1] = subSeq(t, l, t.size());
      }
      out[t.size()] = TupleValue.EMPTY;
      return EnumSetValue.of(out);
    });
    ext.unary("SubSeqs", s -> {
      // {SubSeq(s, i+1, j) : i, j \in 0..Len(s)}: every j <= i gives the empty one, listed once.
      int n = len(s);
      List<Value> out = new ArrayList<>();
      out.add(subSeq(s, 1, 0));
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j <= n; j++) {
          out.add(subSeq(s, i + 1, j));
        }
      }
      return EnumSetValue.of(out);
    });
    ext.unary("AllSubSeqs", SequenceSets::allSubSeqs);
    ext.unary("CommonPrefixes", SequenceSets::commonPrefixes);
  }

  /**
   * The sequences of distinct elements: of length {@code length}, or of every length when it is
   * -1 (each prefix is one).
   */
  private static void arrangements(Value[] elements, Value[] chosen, boolean[] used, int count, int length,
      List<Value> out) {
    if (length < 0 || count == length) {
      out.add(TupleValue.of(Arrays.copyOf(chosen, count)));
      if (count == length) {
        return;
      }
    }
    for (int i = 0; i < elements.length; i++) {
      if (!used[i]) {
        used[i] = true;
        chosen[count] = elements[i];
        arrangements(elements, chosen, used, count + 1, length, out);
        used[i] = false;
      }
    }
  }

  /** {@code UNION {[1..m -> S] : m \in 0..n}}: tested without listing; S must be finite, as in TLC. */
  private static Value boundedSeqs(Value sv, int n, String op) {
    SetValue base = Values.asSet(sv, op);
    return new LazySet(x -> {
      set(sv, op);
      if (!(x instanceof TupleValue t) || t.size() > n) {
        return false;
      }
      for (Value e : t.elements()) {
        if (!base.contains(e)) {
          return false;
        }
      }
      return true;
    }, () -> {
      Value[] elements = set(sv, op).elements();
      long total = 0;
      long level = 1; // the number of sequences of length m
      for (int m = 0; m <= n && level > 0; m++) {
        total += level;
        if (total > MAX_LISTED) {
          throw new ValueException(op + "(" + sv + ", " + n + ") has too many sequences to list");
        }
        level *= elements.length;
      }
      List<Value> out = new ArrayList<>();
      for (int m = 0; m <= n; m++) {
        if (m > 0 && elements.length == 0) {
          break;
        }
        tuples(elements, new Value[m], 0, out);
      }
      return out.toArray(new Value[0]);
    });
  }

  private static void tuples(Value[] elements, Value[] chosen, int index, List<Value> out) {
    if (index == chosen.length) {
      out.add(TupleValue.of(chosen.clone()));
      return;
    }
    for (Value e : elements) {
      chosen[index] = e;
      tuples(elements, chosen, index + 1, out);
    }
  }

  /** {@code {SubSeq(s, 1, l) : l \in 0..Len(s)}}, of a sequence or a string. */
  static EnumSetValue prefixes(Value s) {
    int n = len(s);
    Value[] out = new Value[n + 1];
    for (int l = 0; l <= n; l++) {
      out[l] = subSeq(s, 1, l);
    }
    return EnumSetValue.of(out);
  }

  /** The subsequences of s, by every set of indices kept. */
  private static Value allSubSeqs(Value s) {
    Value[] elements = sequence(s, "AllSubSeqs").elements();
    if (elements.length > 30) {
      throw new ValueException("AllSubSeqs of a sequence of length " + elements.length + " has too many elements to list");
    }
    List<Value> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << elements.length; mask++) {
      Value[] kept = new Value[Integer.bitCount(mask)];
      int k = 0;
      for (int i = 0; i < elements.length; i++) {
        if ((mask & 1 << i) != 0) {
          kept[k++] = elements[i];
        }
      }
      out.add(TupleValue.of(kept));
    }
    return EnumSetValue.of(out);
  }

  /** The prefixes of the elements of S that are prefixes of every element of S. */
  private static Value commonPrefixes(Value sv) {
    Value[] sequences = set(sv, "CommonPrefixes").elements();
    List<Value> candidates = new ArrayList<>();
    for (Value s : sequences) {
      for (Value p : prefixes(s).elements()) {
        candidates.add(p);
      }
    }
    List<Value> out = new ArrayList<>();
    for (Value p : EnumSetValue.of(candidates).elements()) {
      boolean common = true;
      for (Value t : sequences) {
        if (!SubSequences.isPrefix(p, t)) {
          common = false;
          break;
        }
      }
      if (common) {
        out.add(p);
      }
    }
    return EnumSetValue.of(out);
  }
}

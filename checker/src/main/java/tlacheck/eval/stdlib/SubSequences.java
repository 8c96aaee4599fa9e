package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.SequencesExt.len;
import static tlacheck.eval.stdlib.SequencesExt.minusOne;
import static tlacheck.eval.stdlib.SequencesExt.subSeq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.eval.Node;
import tlacheck.value.BoolValue;
import tlacheck.value.IntValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The operators of SequencesExt that look for one sequence in another: IsPrefix, IsStrictPrefix,
 * IsSuffix, IsStrictSuffix, LongestCommonPrefix, IndexFirstSubSeq, ReplaceSubSeqAt,
 * ReplaceFirstSubSeq and ReplaceAllSubSeqs (see {@link SequencesExt}). Two strings work as
 * sequences of characters; a string and a sequence are never a part of one another.
 */
final class SubSequences {
  private SubSequences() {}

  static void define(OperatorTable ext) {
    ext.binary("IsPrefix", (s, t) -> BoolValue.of(isPrefix(s, t)));
    ext.binary("IsStrictPrefix", (s, t) -> BoolValue.of(isPrefix(s, t) && !Values.tlaEquals(s, t)));
    ext.binary("IsSuffix", (s, t) -> BoolValue.of(isSuffix(s, t)));
    ext.binary("IsStrictSuffix", (s, t) -> BoolValue.of(isSuffix(s, t) && !Values.tlaEquals(s, t)));
    ext.unary("LongestCommonPrefix", SubSequences::longestCommonPrefix);
    ext.binary("IndexFirstSubSeq", (s, t) -> {
      int start = firstIndex(s, t);
      if (start == 0) {
        throw new ValueException("IndexFirstSubSeq: " + s + " is not a subsequence of " + t
            + " (CHOOSE i \\in 0..Len(t) : P found no element satisfying P)");
      }
      return IntValue.of(start);
    });
    ext.nary("ReplaceSubSeqAt", 4, v -> replaceAt(Values.asInt(v[0], "ReplaceSubSeqAt"), v[1], v[2], v[3]),
        Node.CONSTANT);
    ext.nary("ReplaceFirstSubSeq", 3, v -> {
      int start = firstIndex(v[1], v[2]);
      return start == 0 ? v[2] : replaceAt(start, v[0], v[1], v[2]);
    }, Node.CONSTANT);
    ext.nary("ReplaceAllSubSeqs", 3, v -> replaceAll(v[0], v[1], v[2]), Node.CONSTANT);
  }

  /** {@code IsPrefix(s, t)} as TLC's override: of two sequences or of two strings. */
  static boolean isPrefix(Value s, Value t) {
    if (s instanceof StringValue a && t instanceof StringValue b) {
      return b.value().startsWith(a.value());
    }
    if (s instanceof StringValue || t instanceof StringValue) {
      throw new ValueException("IsPrefix of a string and a sequence: " + s + ", " + t);
    }
    Value[] x = Values.asSequence(s, "IsPrefix").elements();
    Value[] y = Values.asSequence(t, "IsPrefix").elements();
    if (x.length > y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!Values.tlaEquals(x[i], y[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code IsPrefix(Reverse(s), Reverse(t))}: Reverse indexes, so of strings only the empty one. */
  private static boolean isSuffix(Value s, Value t) {
    return isPrefix(SequencesExt.reverseOf(s, "Reverse"), SequencesExt.reverseOf(t, "Reverse"));
  }

  /** As TLC's override: the longest common prefix of a non-empty set of sequences, or of strings. */
  private static Value longestCommonPrefix(Value sv) {
    SetValue set = Values.asSet(sv, "LongestCommonPrefix");
    Value[] all = set.isEnumerable() ? set.enumerate().elements() : new Value[0];
    if (all.length == 0) {
      throw new ValueException("LongestCommonPrefix expects a non-empty finite set of sequences, but got "
          + Values.describe(sv));
    }
    if (all[0] instanceof StringValue first) {
      String prefix = first.value();
      for (Value v : all) {
        if (!(v instanceof StringValue s)) {
          throw new ValueException("LongestCommonPrefix of strings and sequences: " + sv);
        }
        int k = 0;
        while (k < prefix.length() && k < s.value().length() && prefix.charAt(k) == s.value().charAt(k)) {
          k++;
        }
        prefix = prefix.substring(0, k);
      }
      return StringValue.of(prefix);
    }
    Value[] prefix = Values.asSequence(all[0], "LongestCommonPrefix").elements();
    int length = prefix.length;
    for (Value v : all) {
      if (v instanceof StringValue) {
        throw new ValueException("LongestCommonPrefix of strings and sequences: " + sv);
      }
      Value[] s = Values.asSequence(v, "LongestCommonPrefix").elements();
      int k = 0;
      while (k < length && k < s.length && Values.tlaEquals(prefix[k], s[k])) {
        k++;
      }
      length = k;
    }
    return TupleValue.of(Arrays.copyOf(prefix, length));
  }

  /**
   * Where s first occurs in t as a contiguous part (1-based; 1 for the empty s), or 0 when it does
   * not: two sequences or two strings; a string and a sequence have none.
   */
  private static int firstIndex(Value s, Value t) {
    int k = len(s);
    int n = len(t);
    if (s instanceof StringValue a && t instanceof StringValue b) {
      return b.value().indexOf(a.value()) + 1;
    }
    if (s instanceof StringValue || t instanceof StringValue) {
      return 0;
    }
    Value[] x = Values.asSequence(s, "Len").elements();
    Value[] y = Values.asSequence(t, "Len").elements();
    for (int start = 0; start + k <= n; start++) {
      if (matchesAt(x, y, start)) {
        return start + 1;
      }
    }
    return 0;
  }

  private static boolean matchesAt(Value[] part, Value[] whole, int start) {
    for (int i = 0; i < part.length; i++) {
      if (!Values.tlaEquals(part[i], whole[start + i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))}. */
  private static Value replaceAt(int i, Value r, Value s, Value t) {
    Value front = Sequences.concat(subSeq(t, 1, minusOne(i)), r);
    int from = ((IntValue) IntValue.ofChecked((long) i + len(s))).value();
    return Sequences.concat(front, subSeq(t, from, len(t)));
  }

  /**
   * As TLC's override: r when s = t, t when r = s; with an empty s, r before every element of t;
   * else every occurrence of s replaced by r, from the left and without overlaps.
   */
  private static Value replaceAll(Value r, Value s, Value t) {
    if (Values.tlaEquals(s, t)) {
      return r;
    }
    if (Values.tlaEquals(r, s)) {
      return t;
    }
    int k = len(s);
    int n = len(t);
    boolean strings = s instanceof StringValue && t instanceof StringValue;
    if (!strings && (s instanceof StringValue || t instanceof StringValue)) {
      return t;
    }
    List<Value> pieces = new ArrayList<>();
    boolean replaced = false;
    for (int i = 1; i <= n; ) {
      if (k == 0) {
        pieces.add(r);
        pieces.add(subSeq(t, i, i));
        replaced = true;
        i++;
      } else if (i + k - 1 <= n && Values.tlaEquals(subSeq(t, i, i + k - 1), s)) {
        pieces.add(r);
        replaced = true;
        i += k;
      } else {
        pieces.add(subSeq(t, i, i));
        i++;
      }
    }
    return replaced ? concatAll(pieces) : t;
  }

  /** The pieces joined with {@code \o}; strings with strings, sequences with sequences. */
  private static Value concatAll(List<Value> pieces) {
    boolean strings = true;
    boolean sequences = true;
    for (Value p : pieces) {
      strings &= p instanceof StringValue;
      sequences &= !(p instanceof StringValue);
    }
    if (strings) {
      StringBuilder out = new StringBuilder();
      for (Value p : pieces) {
        out.append(((StringValue) p).value());
      }
      return StringValue.of(out.toString());
    }
    if (sequences) {
      List<Value> out = new ArrayList<>();
      for (Value p : pieces) {
        for (Value e : Values.asSequence(p, "\\o").elements()) {
          out.add(e);
        }
      }
      return TupleValue.of(out.toArray(new Value[0]));
    }
    Value result = pieces.get(0);
    for (int i = 1; i < pieces.size(); i++) {
      result = Sequences.concat(result, pieces.get(i)); // a string and a sequence: the error of \o
    }
    return result;
  }
}

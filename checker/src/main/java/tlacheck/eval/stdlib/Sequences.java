package tlacheck.eval.stdlib;

import static tlacheck.eval.stdlib.OperatorTable.integer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.InfiniteSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The standard module Sequences. {@code Len}, {@code \o}, {@code Tail} and {@code SubSeq} also
 * take strings, as sequences of characters.
 */
final class Sequences {
  private Sequences() {}

  static void define(OperatorTable sequences) {
    sequences.unary("Seq", a -> InfiniteSetValue.sequencesOf(Values.asSet(a, "Seq")));
    sequences.unary("Len", a -> a instanceof StringValue s ? IntValue.of(s.value().length())
        : IntValue.of(Values.asSequence(a, "Len").size()));
    sequences.binary("\\o", Sequences::concat);
    sequences.binary("Append", (s, e) -> Values.asSequence(s, "Append").append(e));
    sequences.unary("Head", s -> {
      TupleValue t = Values.asSequence(s, "Head");
      if (t.size() == 0) {
        throw new ValueException("Head of the empty sequence");
      }
      return t.get(1);
    });
    sequences.unary("Tail", s -> {
      if (s instanceof StringValue str) {
        if (str.value().isEmpty()) {
          throw new ValueException("Tail of the empty string");
        }
        return StringValue.of(str.value().substring(1));
      }
      TupleValue t = Values.asSequence(s, "Tail");
      if (t.size() == 0) {
        throw new ValueException("Tail of the empty sequence");
      }
      return TupleValue.of(Arrays.copyOfRange(t.elements(), 1, t.size()));
    });
    sequences.nary("SubSeq", 3, Sequences::subSeq, Node.CONSTANT);
    sequences.node("SelectSeq", new int[] {0, 1}, (s, a, o) -> new SelectSeq(s, a[0], o[1]), Node.CONSTANT);
  }

  static Value concat(Value a, Value b) {
    if (a instanceof StringValue x && b instanceof StringValue y) {
      return StringValue.of(x.value() + y.value());
    }
    Value[] left = Values.asSequence(a, "\\o").elements();
    Value[] right = Values.asSequence(b, "\\o").elements();
    Value[] both = Arrays.copyOf(left, left.length + right.length);
    System.arraycopy(right, 0, both, left.length, right.length);
    return TupleValue.of(both);
  }

  /** {@code SubSeq(s, m, n)}: the elements m..n of s, empty when m > n. */
  static Value subSeq(Value[] v) {
    int m = integer(v[1], "SubSeq");
    int n = integer(v[2], "SubSeq");
    if (v[0] instanceof StringValue str) {
      if (m > n) {
        return StringValue.of("");
      }
      if (m < 1 || n > str.value().length()) {
        throw new ValueException("SubSeq(" + v[0] + ", " + m + ", " + n + ") is out of range");
      }
      return StringValue.of(str.value().substring(m - 1, n));
    }
    TupleValue t = Values.asSequence(v[0], "SubSeq");
    if (m > n) {
      return TupleValue.EMPTY;
    }
    if (m < 1 || n > t.size()) {
      throw new ValueException("SubSeq(" + t + ", " + m + ", " + n + ") is out of the sequence's range 1.." + t.size());
    }
    return TupleValue.of(Arrays.copyOfRange(t.elements(), m - 1, n));
  }

  /** {@code SelectSeq(s, Test)}: the elements of s that pass Test, in order. */
  static final class SelectSeq extends Node {
    final Node sequence;
    final CallNodes.OperatorArg test;

    SelectSeq(Span span, Node sequence, CallNodes.OperatorArg test) {
      super(span);
      this.sequence = sequence;
      this.test = test;
      from(sequence);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      TupleValue s;
      try {
        s = Values.asSequence(sequence.eval(ctx, env), "SelectSeq");
      } catch (ValueException e) {
        throw at(e);
      }
      Closure c = (Closure) test.bind(ctx, env);
      List<Value> kept = new ArrayList<>();
      for (Value e : s.elements()) {
        Value keep = CallNodes.call(c, ctx, e);
        if (!(keep instanceof BoolValue b)) {
          throw error("the test of SelectSeq must return a boolean, but returned " + Values.describe(keep));
        }
        if (b.value()) {
          kept.add(e);
        }
      }
      return TupleValue.of(kept.toArray(new Value[0]));
    }
  }
}

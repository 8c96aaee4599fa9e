package tlacheck.eval.stdlib;

import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.EvalException;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.value.BoolValue;
import tlacheck.value.ModelValue;
import tlacheck.value.StringValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The parts of TLC's module TLCExt that make sense for breadth-first checking: {@code AssertEq},
 * {@code AssertError}, {@code TLCModelValue}, {@code TLCNoOp}, {@code TLCCache}. Operators that
 * read the current trace or steer the search ({@code Trace}, {@code CounterExample},
 * {@code ToTrace}, {@code PickSuccessor}, {@code TLCDefer}) are refused by name where used.
 */
final class TlcExt {
  private TlcExt() {}

  static void define(OperatorTable ext) {
    ext.node("AssertEq", new int[] {0, 0}, (s, a, o) -> new AssertEq(s, a[0], a[1]), Node.STATE);
    ext.node("AssertError", new int[] {0, 0}, (s, a, o) -> new AssertError(s, a[0], a[1]), Node.CONSTANT);
    ext.unary("TLCModelValue", v -> {
      if (!(v instanceof StringValue name)) {
        throw new ValueException("TLCModelValue expects a string, but got " + Values.describe(v));
      }
      return ModelValue.of(name.value());
    });
    ext.unary("TLCNoOp", v -> v);
    ext.binary("TLCCache", (v, closure) -> v);
    refuse(ext, "Trace", 0, "the current trace");
    refuse(ext, "CounterExample", 0, "the counterexample");
    refuse(ext, "ToTrace", 1, "a counterexample as a trace");
    refuse(ext, "PickSuccessor", 1, "interactive successor selection");
    refuse(ext, "TLCDefer", 1, "deferred evaluation");
  }

  private static void refuse(OperatorTable ext, String name, int arity, String what) {
    ext.node(name, new int[arity], (s, a, o) -> {
      throw new TlaError(TlaError.Kind.SEMANTIC, s, "TLCExt!" + name + " (" + what + ") is not supported");
    }, Node.STATE);
  }

  /** {@code AssertEq(a, b)}: whether a = b; when not, both values are printed, as TLC does. */
  static final class AssertEq extends Node {
    final Node left;
    final Node right;

    AssertEq(Span span, Node left, Node right) {
      super(span);
      this.left = left;
      this.right = right;
      from(left, right);
      level = Math.max(level, STATE);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value a = left.eval(ctx, env);
      Value b = right.eval(ctx, env);
      boolean equal;
      try {
        equal = Values.tlaEquals(a, b);
      } catch (ValueException e) {
        throw at(e);
      }
      if (!equal) {
        ctx.runtime.out.println("AssertEq failed: " + a + " # " + b);
      }
      return BoolValue.of(equal);
    }
  }

  /** {@code AssertError(message, e)}: whether evaluating e fails with exactly that message. */
  static final class AssertError extends Node {
    final Node message;
    final Node expression;

    AssertError(Span span, Node message, Node expression) {
      super(span);
      this.message = message;
      this.expression = expression;
      from(message, expression);
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value expected = message.eval(ctx, env);
      if (!(expected instanceof StringValue text)) {
        throw error("the first argument of AssertError must be a string, not " + Values.describe(expected));
      }
      try {
        expression.eval(ctx, env);
        return BoolValue.FALSE;
      } catch (EvalException e) {
        return BoolValue.of(e.getMessage().equals(text.value()) || e.getMessage().contains(text.value()));
      }
    }
  }
}

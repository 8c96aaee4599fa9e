package tlacheck.eval.stdlib;

import tlacheck.eval.CallNodes;
import tlacheck.eval.Closure;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.source.Span;
import tlacheck.value.BoolValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * Built-in operators that take operator arguments ({@code FoldSet(op(_, _), base, S)},
 * {@code SelectInSeq(s, Test(_))}): one node class for all of them, so that each module states
 * only what its operator computes from the argument values and the bound operators.
 */
final class HigherOrder {
  private HigherOrder() {}

  /** What a higher-order built-in computes: {@code values[i]} for value parameters, {@code ops[i]} for operator ones. */
  interface Body {
    Value apply(Value[] values, Operator[] ops);
  }

  /**
   * Defines {@code name} with the given parameter arities (0 for a value, n for an operator of n
   * arguments). The operator is a function of its arguments: its level is theirs.
   */
  static void define(OperatorTable table, String name, int[] arities, Body body) {
    table.node(name, arities, (span, args, opArgs) -> new Application(span, name, args, opArgs, body), Node.CONSTANT);
  }

  /** An operator argument bound for one application: called with values. */
  static final class Operator {
    private final Closure closure;
    private final Context ctx;
    private final String owner;

    Operator(Closure closure, Context ctx, String owner) {
      this.closure = closure;
      this.ctx = ctx;
      this.owner = owner;
    }

    Value call(Value a) {
      return CallNodes.call(closure, ctx, a);
    }

    Value call(Value a, Value b) {
      return CallNodes.call(closure, ctx, a, b);
    }

    /** A predicate's verdict on {@code a}; a value error when it is not a boolean, as TLC reports. */
    boolean test(Value a) {
      return truth(call(a));
    }

    /** A relation's verdict on {@code a, b}. */
    boolean test(Value a, Value b) {
      return truth(call(a, b));
    }

    private boolean truth(Value v) {
      if (v instanceof BoolValue b) {
        return b.value();
      }
      throw new ValueException("the operator argument of " + owner + " must return a boolean, but returned "
          + Values.describe(v));
    }
  }

  /** One application: evaluates the value arguments, binds the operator ones, and runs the body. */
  static final class Application extends Node {
    private final String name;
    private final Node[] args;
    private final CallNodes.OperatorArg[] opArgs;
    private final Body body;

    Application(Span span, String name, Node[] args, CallNodes.OperatorArg[] opArgs, Body body) {
      super(span);
      this.name = name;
      this.args = args;
      this.opArgs = opArgs;
      this.body = body;
      from(args); // an operator argument's node carries its LAMBDA's level and local reads
    }

    @Override
    public Value eval(Context ctx, Env env) {
      Value[] values = new Value[args.length];
      Operator[] ops = new Operator[args.length];
      for (int i = 0; i < args.length; i++) {
        if (opArgs[i] != null) {
          ops[i] = new Operator((Closure) opArgs[i].bind(ctx, env), ctx, name);
        } else {
          values[i] = args[i].eval(ctx, env);
        }
      }
      try {
        return body.apply(values, ops);
      } catch (ValueException e) {
        throw at(e);
      }
    }
  }
}

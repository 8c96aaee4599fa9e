package tlacheck.eval;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.Span;
import tlacheck.value.Value;

/**
 * Which action produced a state in a trace: an operator name with the values of its parameters
 * (and of any {@code \E} bound on the way), and where the operator is defined.
 */
public record ActionCall(String name, List<String> parameterNames, List<Value> parameterValues, Span span,
    String module) {

  public static ActionCall of(UserOp op, Env env, Context ctx) {
    List<String> names = new ArrayList<>();
    List<Value> values = new ArrayList<>();
    Env e = env;
    Object[] entries = new Object[op.arity()];
    for (int i = op.arity() - 1; i >= 0; i--) {
      entries[i] = e.entry;
      e = e.parent;
    }
    for (int i = 0; i < entries.length; i++) {
      Object entry = entries[i];
      Value value = entry instanceof Value v ? v : entry instanceof Thunk t ? t.force(ctx)
          : entry instanceof Node variable ? variable.eval(ctx, null) : null;
      if (value != null) {
        names.add(op.paramNames[i]);
        values.add(value);
      }
    }
    return new ActionCall(op.name, names, values, bodySpan(op), op.module);
  }

  /** TLC locates an action by its definition's body. */
  public static Span bodySpan(UserOp op) {
    if (op.source instanceof tlacheck.syntax.ast.Unit.OpDef d) {
      return d.body().span();
    }
    return op.span;
  }

  public static ActionCall named(String name, Span span, String module) {
    return new ActionCall(name, List.of(), List.of(), span, module);
  }

  public static ActionCall anonymous(Span span) {
    return new ActionCall("Next", List.of(), List.of(), span, span == null ? "" : moduleOf(span));
  }

  private static String moduleOf(Span span) {
    String file = span.file().name();
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    String base = file.substring(slash + 1);
    return base.endsWith(".tla") ? base.substring(0, base.length() - 4) : base;
  }

  /** This label with one more bound name (or tuple of names) and its value. */
  public ActionCall with(String[] names, Value value) {
    List<String> n = new ArrayList<>(parameterNames);
    List<Value> v = new ArrayList<>(parameterValues);
    if (names.length == 1) {
      n.add(names[0]);
      v.add(value);
    } else {
      n.add("<<" + String.join(", ", names) + ">>");
      v.add(value);
    }
    return new ActionCall(name, n, v, span, module);
  }

  /** {@code Step(t = t1, f = A)}, or {@code Step} without parameters. */
  public String describe() {
    if (parameterNames.isEmpty()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name).append('(');
    for (int i = 0; i < parameterNames.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(parameterNames.get(i)).append(" = ").append(parameterValues.get(i));
    }
    return out.append(')').toString();
  }
}

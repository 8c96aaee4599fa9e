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
    return of(op.name, op.paramNames, env, null, ctx, bodySpan(op), op.module);
  }

  /**
   * An action named {@code name} whose parameters {@code paramNames} are the innermost entries of
   * {@code env} (the last parameter innermost), with their values; a parameter whose entry in
   * {@code shown} is false (an action passed as an argument), or that is bound to an operator, is
   * left out.
   */
  public static ActionCall of(String name, String[] paramNames, Env env, boolean[] shown, Context ctx, Span span,
      String module) {
    List<String> names = new ArrayList<>();
    List<Value> values = new ArrayList<>();
    Env e = env;
    Object[] entries = new Object[paramNames.length];
    for (int i = paramNames.length - 1; i >= 0; i--) {
      entries[i] = e.entry;
      e = e.parent;
    }
    for (int i = 0; i < entries.length; i++) {
      if (shown != null && !shown[i]) {
        continue;
      }
      Object entry = entries[i];
      Value value = entry instanceof Value v ? v : entry instanceof Thunk t ? t.force(ctx)
          : entry instanceof Node variable ? variable.eval(ctx, null) : null;
      if (value != null) {
        names.add(paramNames[i]);
        values.add(value);
      }
    }
    return new ActionCall(name, names, values, span, module);
  }

  /** This action located at {@code at} (TLC locates an action by the expression it is made of). */
  public ActionCall at(Span at) {
    return new ActionCall(name, parameterNames, parameterValues, at, module);
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

  /** An action that no definition names: TLC calls it "Action". */
  public static ActionCall anonymous(Span span) {
    return new ActionCall("Action", List.of(), List.of(), span, span == null ? "" : moduleOf(span));
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

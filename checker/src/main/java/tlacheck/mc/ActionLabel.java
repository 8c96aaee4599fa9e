package tlacheck.mc;

import java.util.List;
import tlacheck.source.Span;
import tlacheck.value.Value;

/**
 * Which action produced a state of a trace: its name, the values of its parameters (and of any
 * choices made on the way, such as {@code \E} bindings), and where it is defined. The engine only
 * carries labels from the model to the trace; what they mean is the model's business.
 *
 * @param span where the action is defined (null if nowhere in particular)
 * @param module the module that defines it
 */
public record ActionLabel(String name, List<String> parameterNames, List<Value> parameterValues, Span span,
    String module) {
  public ActionLabel {
    parameterNames = List.copyOf(parameterNames);
    parameterValues = List.copyOf(parameterValues);
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

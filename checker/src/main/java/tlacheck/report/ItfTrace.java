package tlacheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.mc.TraceStep;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.ModelValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

/**
 * A trace in the Informal Trace Format (ITF), the JSON trace format that Apalache and the Quint
 * tools read: {@code {"#meta", "vars", "states": [{"#meta": {"index"}, var: value}]}}. Integers
 * are {@code {"#bigint": "n"}}, sets {@code {"#set": [...]}}, records JSON objects, sequences
 * JSON arrays, other functions {@code {"#map": [[k, v], ...]}}, model values
 * {@code {"#unserializable": "name"}}.
 */
public final class ItfTrace {
  private ItfTrace() {}

  public static Map<String, Object> of(List<TraceStep> trace, String[] variables, String description) {
    Map<String, Object> itf = new LinkedHashMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", "ITF");
    meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
    meta.put("source", "tlacheck");
    meta.put("description", description);
    itf.put("#meta", meta);
    itf.put("vars", List.of(variables));
    List<Object> states = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      Map<String, Object> state = new LinkedHashMap<>();
      Map<String, Object> stateMeta = new LinkedHashMap<>();
      stateMeta.put("index", i);
      if (trace.get(i).action() != null) {
        stateMeta.put("action", trace.get(i).action().describe());
      }
      state.put("#meta", stateMeta);
      for (int v = 0; v < variables.length; v++) {
        state.put(variables[v], value(trace.get(i).state()[v]));
      }
      states.add(state);
    }
    itf.put("states", states);
    return itf;
  }

  static Object value(Value v) {
    if (v == null) {
      return Map.of("#unserializable", "null"); // A variable the last (incomplete) successor left unassigned.
    }
    if (v instanceof BoolValue b) {
      return b.value();
    }
    if (v instanceof IntValue i) {
      return Map.of("#bigint", Integer.toString(i.value()));
    }
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof ModelValue m) {
      return Map.of("#unserializable", m.name());
    }
    if (v instanceof SetValue set) {
      List<Object> elements = new ArrayList<>();
      for (Value e : set.enumerate().elements()) {
        elements.add(value(e));
      }
      return Map.of("#set", elements);
    }
    if (v instanceof TupleValue t) {
      List<Object> elements = new ArrayList<>();
      for (Value e : t.elements()) {
        elements.add(value(e));
      }
      return elements;
    }
    FunctionValue f = (FunctionValue) v;
    boolean record = f.size() > 0;
    for (int i = 0; i < f.size(); i++) {
      record &= f.keyAt(i) instanceof StringValue;
    }
    if (record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < f.size(); i++) {
        fields.put(((StringValue) f.keyAt(i)).value(), value(f.valueAt(i)));
      }
      return fields;
    }
    List<Object> pairs = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      pairs.add(List.of(value(f.keyAt(i)), value(f.valueAt(i))));
    }
    return Map.of("#map", pairs);
  }
}

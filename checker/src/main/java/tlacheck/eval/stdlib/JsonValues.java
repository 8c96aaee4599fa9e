package tlacheck.eval.stdlib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.ModelValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * TLA+ values as JSON text and back, as the CommunityModules' Json module converts them in TLC
 * 2.18 (learnt from its output): compact text; sets and sequences are arrays, records objects,
 * other functions objects whose keys are the keys' TLA+ text, model values strings; read back,
 * objects become records (the last of repeated keys wins), arrays tuples, numbers integers (a
 * fraction cut off, a number beyond 32 bits wrapped), and {@code null} is an error.
 */
final class JsonValues {
  private JsonValues() {}

  /** ToJson: any value but one that cannot be listed. */
  static String toJson(Value v) {
    StringBuilder out = new StringBuilder();
    write(v, out);
    return out.toString();
  }

  /** ToJsonArray: as ToJson, but a record or a scalar is an error. */
  static String toJsonArray(Value v) {
    if (!(v instanceof SetValue) && !(v instanceof FunctionValue) || isRecord(v)) {
      throw unsupported(v);
    }
    return toJson(v);
  }

  /** ToJsonObject: a function as an object; a sequence's keys are its zero-based indices. */
  static String toJsonObject(Value v) {
    if (!(v instanceof FunctionValue f)) {
      throw unsupported(v);
    }
    if (f instanceof TupleValue t) {
      StringBuilder out = new StringBuilder("{");
      for (int i = 0; i < t.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        quote(Integer.toString(i), out);
        out.append(':');
        write(t.elements()[i], out);
      }
      return out.append('}').toString();
    }
    StringBuilder out = new StringBuilder();
    writeObject(f, out);
    return out.toString();
  }

  private static ValueException unsupported(Value v) {
    String kind = isRecord(v) ? "record" : v instanceof TupleValue ? "sequence" : v.describeKind();
    return new ValueException("Cannot convert value: unsupported value type " + kind + " (" + v + ")");
  }

  /** A non-empty function whose keys are all strings (TLC's records). */
  static boolean isRecord(Value v) {
    if (!(v instanceof FunctionValue f) || f.size() == 0) {
      return false;
    }
    for (int i = 0; i < f.size(); i++) {
      if (!(f.keyAt(i) instanceof StringValue)) {
        return false;
      }
    }
    return true;
  }

  private static void write(Value v, StringBuilder out) {
    if (v instanceof BoolValue b) {
      out.append(b.value());
    } else if (v instanceof IntValue i) {
      out.append(i.value());
    } else if (v instanceof StringValue s) {
      quote(s.value(), out);
    } else if (v instanceof ModelValue m) {
      quote(m.name(), out);
    } else if (v instanceof SetValue set) {
      if (!set.isEnumerable()) {
        throw unsupported(v);
      }
      writeArray(set.enumerate().elements(), out);
    } else if (v instanceof TupleValue t) {
      writeArray(t.elements(), out);
    } else if (v instanceof FunctionValue f) {
      writeObject(f, out);
    } else {
      throw unsupported(v);
    }
  }

  private static void writeArray(Value[] elements, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      write(elements[i], out);
    }
    out.append(']');
  }

  private static void writeObject(FunctionValue f, StringBuilder out) {
    out.append('{');
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Value key = f.keyAt(i);
      quote(key instanceof StringValue s ? s.value() : key.toString(), out);
      out.append(':');
      write(f.valueAt(i), out);
    }
    out.append('}');
  }

  /** A JSON string literal, escaped as Gson escapes it (no HTML escapes). */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The one JSON value of {@code text} (surrounded by white space only) as a TLA+ value. */
  static Value parse(String text) {
    Reader reader = new Reader(text);
    reader.skipSpace();
    if (reader.pos == text.length()) {
      throw new ValueException("Cannot convert value: unsupported JSON value null");
    }
    Value v = reader.value();
    reader.skipSpace();
    if (reader.pos != text.length()) {
      throw reader.error("more text after the JSON value");
    }
    return v;
  }

  /** A recursive-descent reader that builds TLA+ values directly. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Value value() {
      if (pos >= text.length()) {
        throw error("unexpected end of JSON");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return StringValue.of(string());
        case 't':
          return literal("true", BoolValue.TRUE);
        case 'f':
          return literal("false", BoolValue.FALSE);
        case 'n':
          literal("null", null);
          throw new ValueException("Cannot convert value: unsupported JSON value null");
        default:
          return number();
      }
    }

    private Value object() {
      pos++;
      Map<String, Value> fields = new LinkedHashMap<>();
      skipSpace();
      if (peek('}')) {
        pos++;
        return TupleValue.EMPTY;
      }
      while (true) {
        skipSpace();
        if (!peek('"')) {
          throw error("expected a field name");
        }
        String name = string();
        skipSpace();
        expect(':');
        skipSpace();
        fields.put(name, value());
        skipSpace();
        if (peek(',')) {
          pos++;
          continue;
        }
        expect('}');
        break;
      }
      return Values.record(fields.keySet().toArray(new String[0]), fields.values().toArray(new Value[0]));
    }

    private Value array() {
      pos++;
      List<Value> elements = new ArrayList<>();
      skipSpace();
      if (peek(']')) {
        pos++;
        return TupleValue.EMPTY;
      }
      while (true) {
        skipSpace();
        elements.add(value());
        skipSpace();
        if (peek(',')) {
          pos++;
          continue;
        }
        expect(']');
        break;
      }
      return TupleValue.of(elements.toArray(new Value[0]));
    }

    private String string() {
      pos++;
      StringBuilder s = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          return s.toString();
        }
        if (c != '\\') {
          s.append(c);
          continue;
        }
        if (pos >= text.length()) {
          throw error("unterminated string");
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> s.append('\n');
          case 't' -> s.append('\t');
          case 'r' -> s.append('\r');
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("bad \\u escape");
            }
            s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> s.append(e);
        }
      }
    }

    /** A number as TLC reads it into an integer: cut to an int, a fraction dropped. */
    private Value number() {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String digits = text.substring(start, pos);
      try {
        return IntValue.of(new BigDecimal(digits).intValue());
      } catch (NumberFormatException e) {
        pos = start;
        throw error("unexpected character");
      }
    }

    private Value literal(String word, Value value) {
      if (!text.startsWith(word, pos)) {
        throw error("unexpected character");
      }
      pos += word.length();
      return value;
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    ValueException error(String message) {
      return new ValueException("malformed JSON at offset " + pos + ": " + message);
    }
  }
}

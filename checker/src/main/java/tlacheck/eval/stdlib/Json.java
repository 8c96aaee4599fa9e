package tlacheck.eval.stdlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tlacheck.eval.Node;
import tlacheck.value.BoolValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * The CommunityModules' module Json (not TLC's own Json module of the same name, which a
 * CommunityModules user's library path hides): values as JSON text ({@link JsonValues}) and
 * JSON files. The file operators touch the disk on every evaluation (level STATE: never folded
 * into a constant or cached); a relative file name is relative to the working directory, as in
 * TLC.
 */
final class Json {
  private Json() {}

  static void define(OperatorTable json) {
    json.unary("ToJson", v -> StringValue.of(JsonValues.toJson(v)));
    json.unary("ToJsonArray", v -> StringValue.of(JsonValues.toJsonArray(v)));
    json.unary("ToJsonObject", v -> StringValue.of(JsonValues.toJsonObject(v)));
    json.nary("JsonSerialize", 2, v -> serialize(v[0], v[1]), Node.STATE);
    json.nary("ndJsonSerialize", 2, v -> ndSerialize(v[0], v[1]), Node.STATE);
    json.nary("JsonDeserialize", 1, v -> JsonValues.parse(read(v[0], "JsonDeserialize")), Node.STATE);
    json.nary("ndJsonDeserialize", 1, v -> ndDeserialize(v[0]), Node.STATE);
  }

  /** {@code JsonSerialize(file, value)}: a sequence or a record, written as one JSON value. */
  private static Value serialize(Value file, Value value) {
    if (!(value instanceof TupleValue) && !JsonValues.isRecord(value)) {
      throw new ValueException("The second argument of JsonSerialize should be a sequence or record, but instead it is: " + value);
    }
    write(file, JsonValues.toJson(value), "JsonSerialize");
    return BoolValue.TRUE;
  }

  /** {@code ndJsonSerialize(file, value)}: each element of a sequence as JSON on a line of its own. */
  static Value ndSerialize(Value file, Value value) {
    if (!(value instanceof TupleValue t)) {
      throw new ValueException("The second argument of ndJsonSerialize should be a sequence, but instead it is: " + value);
    }
    StringBuilder text = new StringBuilder();
    for (Value e : t.elements()) {
      text.append(JsonValues.toJson(e)).append('\n');
    }
    write(file, text.toString(), "ndJsonSerialize");
    return BoolValue.TRUE;
  }

  /** {@code ndJsonDeserialize(file)}: one value per line that is not blank. */
  private static Value ndDeserialize(Value file) {
    List<Value> values = new ArrayList<>();
    for (String line : read(file, "ndJsonDeserialize").split("\r?\n")) {
      if (!line.isBlank()) {
        values.add(JsonValues.parse(line));
      }
    }
    return TupleValue.of(values.toArray(new Value[0]));
  }

  /** Writes the file anew, creating its folders, as TLC does. */
  static void write(Value file, String text, String op) {
    Path path = path(file, op);
    try {
      if (path.toAbsolutePath().getParent() != null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ValueException(op + " could not write " + path + ": " + e);
    }
  }

  static String read(Value file, String op) {
    Path path = path(file, op);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ValueException(path + " (" + (Files.exists(path) ? e.toString() : "No such file or directory") + ")");
    }
  }

  static Path path(Value file, String op) {
    if (!(file instanceof StringValue s)) {
      throw new ValueException("The first argument of " + op + " should be a string (a file name), but instead it is: " + file);
    }
    return Path.of(s.value());
  }
}

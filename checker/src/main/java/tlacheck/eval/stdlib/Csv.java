package tlacheck.eval.stdlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.stream.Stream;
import tlacheck.eval.Node;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module CSV, as TLC's Java implementation behaves: lines appended to a
 * file (values written as their TLA+ text, a line ending each), and lines read back as records
 * of strings, split by the delimiter read as a regular expression (Java's String.split, so
 * {@code "|"} splits between every character). Every operator touches the disk on each
 * evaluation (level STATE).
 */
final class Csv {
  private Csv() {}

  static void define(OperatorTable csv) {
    csv.nary("CSVWrite", 3, v -> write(v[0], v[1], v[2]), Node.STATE);
    csv.nary("CSVWriteRecord", 4, v -> writeRecord(v[0], v[1], v[2], v[3]), Node.STATE);
    csv.nary("CSVRead", 3, v -> read(v[0], v[1], v[2]), Node.STATE);
    csv.nary("CSVRecords", 1, v -> IntValue.of(lines(Json.path(v[0], "CSVRecords")).size()), Node.STATE);
  }

  /** {@code CSVWrite(template, val, file)}: String.format(template, the TLA+ text of each element). */
  private static Value write(Value template, Value val, Value file) {
    if (!(val instanceof TupleValue t)) {
      throw new ValueException("The argument of CSVWrite should be a sequence, but instead it is: " + val);
    }
    Object[] texts = new Object[t.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = t.elements()[i].toString();
    }
    String line;
    try {
      line = String.format(string(template, "CSVWrite"), texts);
    } catch (IllegalFormatException e) {
      throw new ValueException("CSVWrite: " + e.getMessage());
    }
    append(Json.path(file, "CSVWrite"), line + "\n");
    return BoolValue.TRUE;
  }

  /** {@code CSVWriteRecord(record, delim, headers, file)}: the field names first when headers is TRUE, then the values. */
  private static Value writeRecord(Value record, Value delim, Value headers, Value file) {
    if (!JsonValues.isRecord(record)) {
      throw new ValueException("The argument of CSVWriteRecord should be a record, but instead it is: " + record);
    }
    FunctionValue r = (FunctionValue) record;
    String separator = string(delim, "CSVWriteRecord");
    StringBuilder text = new StringBuilder();
    if (Values.asBool(headers, "CSVWriteRecord")) {
      for (int i = 0; i < r.size(); i++) {
        text.append(i > 0 ? separator : "").append(((StringValue) r.keyAt(i)).value());
      }
      text.append('\n');
    }
    for (int i = 0; i < r.size(); i++) {
      text.append(i > 0 ? separator : "").append(r.valueAt(i));
    }
    append(Json.path(file, "CSVWriteRecord"), text.append('\n').toString());
    return BoolValue.TRUE;
  }

  /** {@code CSVRead(columns, delimiter, file)}: a record per line, column i the line's i-th field; no file, no record. */
  private static Value read(Value columns, Value delimiter, Value file) {
    Value[] names = Values.asSequence(columns, "CSVRead").elements();
    String[] fields = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      fields[i] = string(names[i], "CSVRead");
    }
    String regex = string(delimiter, "CSVRead");
    List<String> lines = lines(Json.path(file, "CSVRead"));
    Value[] records = new Value[lines.size()];
    for (int k = 0; k < records.length; k++) {
      String[] parts = lines.get(k).split(regex);
      Value[] values = new Value[fields.length];
      for (int i = 0; i < fields.length; i++) {
        if (i >= parts.length) {
          throw new ValueException("Index " + i + " out of bounds for length " + parts.length
              + " (line " + (k + 1) + " of " + file + " has too few fields)");
        }
        values[i] = StringValue.of(parts[i]);
      }
      records[k] = fields.length == 0 ? TupleValue.EMPTY : Values.record(fields, values);
    }
    return TupleValue.of(records);
  }

  private static String string(Value v, String op) {
    if (!(v instanceof StringValue s)) {
      throw new ValueException(op + " expects a string, but got " + Values.describe(v));
    }
    return s.value();
  }

  /** The file's lines; none when there is no such file. */
  private static List<String> lines(Path path) {
    try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
      return lines.toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | UncheckedIOException e) {
      throw new ValueException("cannot read " + path + ": " + e);
    }
  }

  private static void append(Path path, String text) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new ValueException(e instanceof NoSuchFileException ? path.toString() : e.toString());
    }
  }
}

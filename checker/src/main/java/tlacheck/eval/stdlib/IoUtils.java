package tlacheck.eval.stdlib;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
 * The CommunityModules' module IOUtils, as TLC's Java implementation behaves: files in TLC's
 * binary format ({@link TlcBinaryFormat}), text files through {@code Serialize} and
 * {@code Deserialize}, the environment, commands ({@link Commands}, only when enabled), and the
 * string helpers {@code atoi} and {@code zeroPadN}. Operators that read or write files run on
 * every evaluation (level STATE); relative file names are relative to the working directory.
 */
final class IoUtils {
  private IoUtils() {}

  static void define(OperatorTable io) {
    io.nary("IOSerialize", 3, v -> ioSerialize(v[0], v[1], v[2]), Node.STATE);
    io.nary("IODeserialize", 2, v -> ioDeserialize(v[0], v[1]), Node.STATE);
    io.nary("Serialize", 3, v -> serialize(v[0], v[1], v[2]), Node.STATE);
    io.nary("Deserialize", 2, v -> deserialize(v[0], v[1]), Node.STATE);
    Commands.define(io);
    io.constant("IOEnv", environment());
    io.unary("atoi", IoUtils::atoi);
    io.binary("zeroPadN", (n, width) -> {
      String digits = n.toString(); // ToString(n)
      int pad = OperatorTable.integer(width, "zeroPadN") - digits.length();
      return StringValue.of("0".repeat(Math.max(pad, 0)) + digits);
    });
  }

  /** {@code IOSerialize(val, absoluteFilename, compress)}: the value in TLC's binary format; TRUE. */
  private static Value ioSerialize(Value value, Value file, Value compress) {
    String name = Json.path(file, "IOSerialize").toString();
    boolean gzip = Values.asBool(compress, "IOSerialize");
    try (OutputStream raw = new BufferedOutputStream(new FileOutputStream(name));
        OutputStream maybeZipped = gzip ? new GZIPOutputStream(raw) : raw;
        DataOutputStream out = new DataOutputStream(maybeZipped)) {
      TlcBinaryFormat.write(value, out);
    } catch (IOException e) {
      throw new ValueException(e.getMessage());
    }
    return BoolValue.TRUE;
  }

  /** {@code IODeserialize(absoluteFilename, compressed)}: the value a file in TLC's binary format holds. */
  private static Value ioDeserialize(Value file, Value compressed) {
    String name = Json.path(file, "IODeserialize").toString();
    boolean gzip = Values.asBool(compressed, "IODeserialize");
    try (InputStream raw = new BufferedInputStream(new FileInputStream(name));
        InputStream maybeZipped = gzip ? new GZIPInputStream(raw) : raw;
        DataInputStream in = new DataInputStream(maybeZipped)) {
      return TlcBinaryFormat.read(in);
    } catch (IOException e) {
      throw new ValueException(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /**
   * {@code Serialize(value, dest, options)}: format "TXT" writes a string (the outcome as a
   * record, as a command's), "NDJSON" a sequence as ndJsonSerialize does (TRUE); TLC has no
   * other format (its TLA+ definition is a CHOOSE it cannot evaluate).
   */
  private static Value serialize(Value value, Value dest, Value options) {
    String format = format(options, "Serialize");
    if (format.equals("NDJSON")) {
      return Json.ndSerialize(dest, value);
    }
    if (!format.equals("TXT")) {
      throw unsupportedFormat("Serialize", format);
    }
    if (!(value instanceof StringValue text)) {
      return outcome(1, "", "Serialize error invalid parameters: the value to write as TXT must be a string, not "
          + Values.describe(value));
    }
    try {
      Files.writeString(Json.path(dest, "Serialize"), text.value(), charset(options), openOptions(options));
    } catch (IOException e) {
      return outcome(1, "", "Serialize error writing to the file: " + e);
    }
    return outcome(0, "Finish writing to the file with success!", "");
  }

  /** {@code Deserialize(src, options)}: format "TXT" reads the file's text into the outcome's stdout. */
  private static Value deserialize(Value src, Value options) {
    String format = format(options, "Deserialize");
    if (!format.equals("TXT")) {
      throw unsupportedFormat("Deserialize", format);
    }
    try {
      return outcome(0, Files.readString(Json.path(src, "Deserialize"), charset(options)), "");
    } catch (IOException e) {
      return outcome(1, "", "Deserialize error reading from the file: " + e);
    }
  }

  private static String format(Value options, String op) {
    Value format = field(options, "format", op);
    if (!(format instanceof StringValue s)) {
      throw new ValueException(op + ": the format in the options must be a string, not " + Values.describe(format));
    }
    return s.value();
  }

  private static ValueException unsupportedFormat(String op, String format) {
    return new ValueException(op + ": the format \"" + format + "\" is not supported (TLC's Java implementation"
        + " has only \"TXT\"" + (op.equals("Serialize") ? " and \"NDJSON\"" : "") + ")");
  }

  private static Value field(Value record, String name, String op) {
    FunctionValue f = Values.asFunction(record, op + " (options)");
    return f.apply(StringValue.of(name));
  }

  private static Charset charset(Value options) {
    FunctionValue f = (FunctionValue) options;
    if (!f.inDomain(StringValue.of("charset"))) {
      return StandardCharsets.UTF_8;
    }
    Value name = f.apply(StringValue.of("charset"));
    try {
      return Charset.forName(name instanceof StringValue s ? s.value() : name.toString());
    } catch (IllegalArgumentException e) {
      throw new ValueException("unknown charset " + name);
    }
  }

  private static OpenOption[] openOptions(Value options) {
    FunctionValue f = (FunctionValue) options;
    if (!f.inDomain(StringValue.of("openOptions"))) {
      return new OpenOption[0];
    }
    Value[] names = Values.asSequence(f.apply(StringValue.of("openOptions")), "Serialize (openOptions)").elements();
    OpenOption[] chosen = new OpenOption[names.length];
    for (int i = 0; i < names.length; i++) {
      try {
        chosen[i] = StandardOpenOption.valueOf(names[i] instanceof StringValue s ? s.value() : names[i].toString());
      } catch (IllegalArgumentException e) {
        throw new ValueException("Serialize: unknown open option " + names[i]);
      }
    }
    return chosen;
  }

  /** {@code [exitValue |-> code, stdout |-> out, stderr |-> err]}, the outcome of a command or a text file operation. */
  static Value outcome(int code, String out, String err) {
    return Values.record(new String[] {"exitValue", "stdout", "stderr"},
        new Value[] {IntValue.of(code), StringValue.of(out), StringValue.of(err)});
  }

  /** IOEnv: the process's environment variables as a record. */
  private static Value environment() {
    Map<String, String> env = new TreeMap<>(System.getenv());
    String[] names = env.keySet().toArray(new String[0]);
    Value[] values = new Value[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = StringValue.of(env.get(names[i]));
    }
    return names.length == 0 ? TupleValue.EMPTY : Values.record(names, values);
  }

  /** {@code atoi(str)}: the integer a string of digits denotes. */
  private static Value atoi(Value str) {
    if (!(str instanceof StringValue s)) {
      throw new ValueException("atoi expects a string, but got " + Values.describe(str));
    }
    try {
      return IntValue.of(Integer.parseInt(s.value()));
    } catch (NumberFormatException e) {
      throw new ValueException("atoi: " + e.getMessage());
    }
  }
}

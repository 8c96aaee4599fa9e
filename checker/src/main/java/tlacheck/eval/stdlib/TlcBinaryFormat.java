package tlacheck.eval.stdlib;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.IntervalValue;
import tlacheck.value.ModelValue;
import tlacheck.value.SetValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * TLC's binary format of values, which IOUtils' {@code IOSerialize} writes and
 * {@code IODeserialize} reads (gzipped when asked), learnt from the files TLC 2.18 writes. Each
 * value is a kind byte and its contents, big-endian:
 *
 * <pre>
 *   0  boolean       one byte, 1 or 0
 *   1  integer       int
 *   3  string        int token, int location (both ignored when read), int length, one byte per char
 *   4  record        int n (negative: fields not in TLC's order), n times (string name, value)
 *   5  set           int n (negative: elements not in TLC's order), n values
 *   7  tuple         nat n, n values
 *   9  function      nat n, byte form: 0 domain low..high (int low, int high, n values);
 *                    1 or 2 (not in TLC's order) n times (key, value)
 *  23  interval      int low, int high
 * </pre>
 *
 * A nat below 2^15 is a short, a larger one the negated int. Collections are written with the
 * "not in TLC's order" sign, so that TLC sorts them itself whatever our order of values. Model
 * values (written by TLC as an index into its table of the run) are refused.
 */
final class TlcBinaryFormat {
  private static final int BOOL = 0;
  private static final int INT = 1;
  private static final int STRING = 3;
  private static final int RECORD = 4;
  private static final int SET = 5;
  private static final int TUPLE = 7;
  private static final int FUNCTION = 9;
  private static final int MODEL = 21;
  private static final int INTERVAL = 23;

  private TlcBinaryFormat() {}

  static void write(Value v, DataOutputStream out) throws IOException {
    if (v instanceof BoolValue b) {
      out.writeByte(BOOL);
      out.writeByte(b.value() ? 1 : 0);
    } else if (v instanceof IntValue i) {
      out.writeByte(INT);
      out.writeInt(i.value());
    } else if (v instanceof StringValue s) {
      out.writeByte(STRING);
      writeString(s.value(), out);
    } else if (v instanceof IntervalValue interval) {
      out.writeByte(INTERVAL);
      out.writeInt(interval.low());
      out.writeInt(interval.high());
    } else if (v instanceof SetValue set) {
      Value[] elements = set.enumerate().elements();
      out.writeByte(SET);
      out.writeInt(-elements.length);
      for (Value e : elements) {
        write(e, out);
      }
    } else if (v instanceof TupleValue t) {
      out.writeByte(TUPLE);
      writeNat(t.size(), out);
      for (Value e : t.elements()) {
        write(e, out);
      }
    } else if (v instanceof FunctionValue f) {
      writeFunction(f, out);
    } else if (v instanceof ModelValue m) {
      throw new ValueException("IOSerialize cannot write the model value " + m
          + ": TLC writes model values as indices into the table of its run");
    } else {
      throw new ValueException("IOSerialize cannot write " + Values.describe(v));
    }
  }

  private static void writeFunction(FunctionValue f, DataOutputStream out) throws IOException {
    int n = f.size();
    boolean record = n > 0;
    for (int i = 0; i < n && record; i++) {
      record = f.keyAt(i) instanceof StringValue;
    }
    if (record) {
      out.writeByte(RECORD);
      out.writeInt(-n);
      for (int i = 0; i < n; i++) {
        write(f.keyAt(i), out);
        write(f.valueAt(i), out);
      }
      return;
    }
    out.writeByte(FUNCTION);
    writeNat(n, out);
    out.writeByte(2);
    for (int i = 0; i < n; i++) {
      write(f.keyAt(i), out);
      write(f.valueAt(i), out);
    }
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    out.writeInt(0); // TLC's token number of the string in its run: ignored when read
    out.writeInt(-1);
    out.writeInt(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.writeByte(s.charAt(i)); // TLC keeps the low byte of each char
    }
  }

  private static void writeNat(int n, DataOutputStream out) throws IOException {
    if (n > 0x7fff) {
      out.writeInt(-n);
    } else {
      out.writeShort(n);
    }
  }

  static Value read(DataInputStream in) throws IOException {
    int kind = in.readByte();
    switch (kind) {
      case BOOL:
        return BoolValue.of(in.readByte() != 0);
      case INT:
        return IntValue.of(in.readInt());
      case STRING:
        return StringValue.of(readString(in));
      case RECORD: {
        int n = Math.abs(in.readInt());
        Value[] keys = new Value[n];
        Value[] values = new Value[n];
        for (int i = 0; i < n; i++) {
          keys[i] = read(in);
          values[i] = read(in);
        }
        return Values.functionUnsorted(keys, values);
      }
      case SET: {
        int n = Math.abs(in.readInt());
        List<Value> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          elements.add(read(in));
        }
        return EnumSetValue.of(elements);
      }
      case TUPLE: {
        Value[] elements = new Value[readNat(in)];
        for (int i = 0; i < elements.length; i++) {
          elements[i] = read(in);
        }
        return TupleValue.of(elements);
      }
      case FUNCTION:
        return readFunction(in);
      case INTERVAL:
        return new IntervalValue(in.readInt(), in.readInt());
      case MODEL:
        throw new ValueException("IODeserialize cannot read a model value: TLC writes model values as indices"
            + " into the table of the run that wrote them");
      default:
        throw new ValueException("IODeserialize: a value of kind " + kind + " of TLC's format is not supported");
    }
  }

  private static Value readFunction(DataInputStream in) throws IOException {
    int n = readNat(in);
    int form = in.readByte();
    Value[] keys = new Value[n];
    Value[] values = new Value[n];
    if (form == 0) {
      int low = in.readInt();
      in.readInt(); // high: low + n - 1
      for (int i = 0; i < n; i++) {
        keys[i] = IntValue.of(low + i);
        values[i] = read(in);
      }
    } else {
      for (int i = 0; i < n; i++) {
        keys[i] = read(in);
        values[i] = read(in);
      }
    }
    return Values.functionUnsorted(keys, values);
  }

  private static String readString(DataInputStream in) throws IOException {
    in.readInt(); // token number
    in.readInt(); // location
    int length = in.readInt();
    if (length < 0) {
      throw new EOFException("a string of negative length " + length);
    }
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) (in.readByte() & 0xff));
    }
    return s.toString();
  }

  private static int readNat(DataInputStream in) throws IOException {
    short first = in.readShort();
    if (first >= 0) {
      return first;
    }
    int whole = first << 16 | in.readShort() & 0xffff;
    return -whole;
  }
}

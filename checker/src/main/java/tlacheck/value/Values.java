package tlacheck.value;

import java.util.Arrays;

/** Factories that keep values canonical, and the value-level operations shared by several modules. */
public final class Values {
  /**
   * A function from sorted, distinct keys to values. A function on exactly {@code 1..n} becomes
   * a {@link TupleValue}, so that every function has a single representation.
   */
  public static FunctionValue function(Value[] sortedKeys, Value[] values) {
    if (isOneToN(sortedKeys)) {
      return TupleValue.of(values);
    }
    return new FcnValue(sortedKeys, values);
  }

  /** A function given by keys in any order; of equal keys the later entry wins. */
  public static FunctionValue functionUnsorted(Value[] keys, Value[] values) {
    int n = keys.length;
    Value[] sortedKeys = keys.clone();
    Value[] sortedValues = values.clone();
    if (n <= 64) {
      // Insertion sort, stable: functions are small, and often already sorted.
      for (int i = 1; i < n; i++) {
        Value k = sortedKeys[i];
        Value v = sortedValues[i];
        int j = i - 1;
        while (j >= 0 && sortedKeys[j].compareTo(k) > 0) {
          sortedKeys[j + 1] = sortedKeys[j];
          sortedValues[j + 1] = sortedValues[j];
          j--;
        }
        sortedKeys[j + 1] = k;
        sortedValues[j + 1] = v;
      }
    } else {
      // Insertion sort is quadratic; a stable sort of positions for the rare large function.
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
      for (int i = 0; i < n; i++) {
        sortedKeys[i] = keys[order[i]];
        sortedValues[i] = values[order[i]];
      }
    }
    for (int i = 1; i < n; i++) {
      if (sortedKeys[i].compareTo(sortedKeys[i - 1]) == 0) {
        // Later entries win, as in f @@ g where the left operand is given first.
        sortedKeys[i - 1] = null;
      }
    }
    return compact(sortedKeys, sortedValues);
  }

  private static FunctionValue compact(Value[] sortedKeys, Value[] sortedValues) {
    int kept = 0;
    for (int i = 0; i < sortedKeys.length; i++) {
      if (sortedKeys[i] != null) {
        sortedKeys[kept] = sortedKeys[i];
        sortedValues[kept] = sortedValues[i];
        kept++;
      }
    }
    return function(Arrays.copyOf(sortedKeys, kept), Arrays.copyOf(sortedValues, kept));
  }

  private static boolean isOneToN(Value[] keys) {
    for (int i = 0; i < keys.length; i++) {
      if (!(keys[i] instanceof IntValue k) || k.value() != i + 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shape of records with the given fields: the sorted, interned keys, shared by every record
   * of the shape (so that comparing two such records skips their domains), and where each field
   * goes. Null if a field is repeated.
   */
  public static RecordShape recordShape(String[] fields) {
    Value[] keys = new Value[fields.length];
    for (int i = 0; i < fields.length; i++) {
      keys[i] = StringValue.of(fields[i]);
    }
    Value[] sorted = keys.clone();
    Arrays.sort(sorted);
    int[] position = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      position[i] = Arrays.binarySearch(sorted, keys[i]);
      if (i > 0 && sorted[i].equals(sorted[i - 1])) {
        return null;
      }
    }
    return fields.length == 0 ? null : new RecordShape(sorted, position);
  }

  /** See {@link #recordShape}. */
  public static final class RecordShape {
    private final Value[] keys;
    private final int[] position;

    private RecordShape(Value[] keys, int[] position) {
      this.keys = keys;
      this.position = position;
    }

    /** The record with these values, given in the order of the fields as first listed. */
    public FunctionValue make(Value[] valuesInFieldOrder) {
      Value[] values = new Value[keys.length];
      for (int i = 0; i < values.length; i++) {
        values[position[i]] = valuesInFieldOrder[i];
      }
      return new FcnValue(keys, values);
    }

    /** Whether {@code f} has exactly these fields. */
    boolean hasShapeOf(FunctionValue f) {
      if (!(f instanceof FcnValue fcn)) {
        return false;
      }
      Value[] other = fcn.keys();
      if (other == keys) {
        return true;
      }
      if (other.length != keys.length) {
        return false;
      }
      for (int i = 0; i < keys.length; i++) {
        if (!other[i].equals(keys[i])) {
          return false;
        }
      }
      return true;
    }

    /** The value of field {@code i} (in first-listed order) of a record of this shape. */
    Value field(FunctionValue record, int i) {
      return record.valueAt(position[i]);
    }
  }

  /** {@code [f1 |-> v1, ...]}; fields in any order. */
  public static FunctionValue record(String[] fields, Value[] values) {
    Value[] keys = new Value[fields.length];
    for (int i = 0; i < fields.length; i++) {
      keys[i] = StringValue.of(fields[i]);
    }
    return functionUnsorted(keys, values);
  }

  public static SetValue asSet(Value value, String context) {
    if (value instanceof SetValue set) {
      return set;
    }
    throw new ValueException(context + " expects a set, but got " + describe(value));
  }

  public static FunctionValue asFunction(Value value, String context) {
    if (value instanceof FunctionValue f) {
      return f;
    }
    throw new ValueException(context + " expects a function, but got " + describe(value));
  }

  public static int asInt(Value value, String context) {
    if (value instanceof IntValue i) {
      return i.value();
    }
    throw new ValueException(context + " expects an integer, but got " + describe(value));
  }

  public static boolean asBool(Value value, String context) {
    if (value instanceof BoolValue b) {
      return b.value();
    }
    throw new ValueException(context + " expects a boolean, but got " + describe(value));
  }

  /** A sequence, accepting strings (which TLC treats as sequences of characters) when asked. */
  public static TupleValue asSequence(Value value, String context) {
    if (value instanceof TupleValue t) {
      return t;
    }
    if (value instanceof FunctionValue f && f.size() == 0) {
      return TupleValue.EMPTY;
    }
    throw new ValueException(context + " expects a sequence, but got " + describe(value));
  }

  /** "the integer 3", "the set {1, 2}", for error messages. */
  public static String describe(Value value) {
    String text = value.toString();
    if (text.length() > 200) {
      text = text.substring(0, 200) + "...";
    }
    String kind = value instanceof TupleValue ? "sequence" : value.describeKind();
    return kind + " " + text;
  }

  /**
   * TLA+ equality as TLC decides it: values of different kinds are an error, except that a
   * model value may be compared with anything (and equals only itself).
   */
  public static boolean tlaEquals(Value a, Value b) {
    if (a == b) {
      return true;
    }
    Class<?> type = a.getClass();
    if (type == b.getClass()) {
      // The common case, without the kind() calls: two values of one representation.
      if (type == StringValue.class || type == BoolValue.class) {
        return false; // Interned: equal values are the same object.
      }
      if (type != ModelValue.class) {
        return a.equals(b);
      }
    }
    Value.Kind ka = a.kind();
    Value.Kind kb = b.kind();
    if (ka != kb) {
      if (ka == Value.Kind.MODEL || kb == Value.Kind.MODEL) {
        ModelValue m = (ModelValue) (ka == Value.Kind.MODEL ? a : b);
        if (m.type() != null) {
          // As in TLC: a typed model value (a_1) may only be compared with model values.
          throw new ValueException("attempted to compare the typed model value " + m + " with "
              + describe(m == a ? b : a));
        }
        return false;
      }
      if (ka == Value.Kind.STRING && kb == Value.Kind.FUNCTION || ka == Value.Kind.FUNCTION && kb == Value.Kind.STRING) {
        return false;
      }
      throw new ValueException("attempted to compare " + describe(a) + " with " + describe(b));
    }
    if (ka == Value.Kind.MODEL) {
      ModelValue ma = (ModelValue) a;
      ModelValue mb = (ModelValue) b;
      if (ma.type() != null && mb.type() != null && !ma.type().equals(mb.type())) {
        throw new ValueException("attempted to compare model values " + a + " and " + b + " of different types");
      }
    }
    return a.equals(b);
  }

  public static BoolValue bool(boolean b) {
    return BoolValue.of(b);
  }

  private Values() {}
}

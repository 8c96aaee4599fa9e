package tlacheck.value;

/** {@code [a : S, b : T]}: the set of records with exactly those fields, listed on demand. */
public final class RecordSetValue extends SetValue {
  private final String[] fields;
  private final SetValue[] sets;
  private EnumSetValue enumerated;

  /** Null if a field is repeated. */
  private final Values.RecordShape shape;

  public RecordSetValue(String[] fields, SetValue[] sets) {
    this.fields = fields;
    this.sets = sets;
    this.shape = Values.recordShape(fields);
  }

  @Override
  public boolean contains(Value element) {
    if (!(element instanceof FunctionValue f) || f.size() != fields.length) {
      return false;
    }
    if (f.isKnownMemberOf(this)) {
      return true;
    }
    if (shape != null) {
      if (!shape.hasShapeOf(f)) {
        return false;
      }
      for (int i = 0; i < fields.length; i++) {
        if (!sets[i].contains(shape.field(f, i))) {
          return false;
        }
      }
      return f.rememberMemberOf(this);
    }
    for (int i = 0; i < fields.length; i++) {
      StringValue key = StringValue.of(fields[i]);
      if (!f.inDomain(key) || !sets[i].contains(f.apply(key))) {
        return false;
      }
    }
    return f.rememberMemberOf(this);
  }

  @Override
  public boolean isEnumerable() {
    return allEnumerable(sets);
  }

  @Override
  public EnumSetValue enumerate() {
    if (enumerated == null) {
      Value[][] choices = new Value[fields.length][];
      long count = 1;
      for (int i = 0; i < fields.length; i++) {
        choices[i] = sets[i].enumerate().elements();
        count *= choices[i].length;
        if (count > Integer.MAX_VALUE) {
          throw new ValueException("the record set " + this + " is too large to enumerate");
        }
      }
      Value[] records = new Value[(int) count];
      int[] digits = new int[fields.length];
      for (int r = 0; r < count; r++) {
        Value[] values = new Value[fields.length];
        for (int i = 0; i < fields.length; i++) {
          values[i] = choices[i][digits[i]];
        }
        records[r] = shape != null ? shape.make(values) : Values.record(fields, values);
        for (int i = fields.length - 1; i >= 0; i--) {
          if (++digits[i] < choices[i].length) {
            break;
          }
          digits[i] = 0;
        }
      }
      enumerated = EnumSetValue.of(records);
    }
    return enumerated;
  }

  @Override
  public void print(StringBuilder out) {
    if (!printElementsIfSmall(out)) {
      printSymbolic(out);
    }
  }

  private void printSymbolic(StringBuilder out) {
    out.append('[');
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(fields[i]).append(" : ");
      sets[i].print(out);
    }
    out.append(']');
  }
}

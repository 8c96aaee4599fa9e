package tlacheck.eval.stdlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Node;
import tlacheck.value.FunctionValue;
import tlacheck.value.IntValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module SVG: elements as records
 * {@code [name |-> n, attrs |-> a, children |-> <<...>>, innerText |-> t]}, their text
 * ({@code SVGElemToString}, as TLC's Java implementation writes it: attributes in the record's
 * order, {@code k='v'}, the inner text before the children, nothing escaped), the layout helpers
 * as TLC computes them, and {@code SVGSerialize} (a file per frame). Coordinates are written with
 * ToString, so an attribute is the TLA+ text of the value given.
 */
final class Svg {
  private static final String[] ELEMENT = {"name", "attrs", "children", "innerText"};

  private Svg() {}

  static void define(OperatorTable svg) {
    svg.nary("SVGElem", 4, v -> element(v[0], v[1], v[2], v[3]), Node.CONSTANT);
    svg.nary("Line", 5, v -> shape("line", attrs("x1", v[0], "y1", v[1], "x2", v[2], "y2", v[3]), v[4]), Node.CONSTANT);
    svg.nary("Circle", 4, v -> shape("circle", attrs("cx", v[0], "cy", v[1], "r", v[2]), v[3]), Node.CONSTANT);
    svg.nary("Rect", 5, v -> shape("rect", attrs("x", v[0], "y", v[1], "width", v[2], "height", v[3]), v[4]),
        Node.CONSTANT);
    svg.nary("Text", 4, v -> element(StringValue.of("text"), merge(attrs("x", v[0], "y", v[1]), v[3]),
        TupleValue.EMPTY, v[2]), Node.CONSTANT);
    svg.nary("Image", 6, v -> {
      FunctionValue placed = attrs("x", v[0], "y", v[1], "width", v[2], "height", v[3]);
      Value[] keys = {StringValue.of("xlink:href"), placed.keyAt(0), placed.keyAt(1), placed.keyAt(2), placed.keyAt(3)};
      Value[] values = {v[4], placed.valueAt(0), placed.valueAt(1), placed.valueAt(2), placed.valueAt(3)};
      return shape("image", Values.functionUnsorted(keys, values), v[5]);
    }, Node.CONSTANT);
    svg.binary("Group", (children, attrs) -> element(StringValue.of("g"), attrs, children, StringValue.of("")));
    svg.binary("Svg", (children, attrs) -> element(StringValue.of("svg"), attrs, children, StringValue.of("")));
    svg.nary("SVGDoc", 6, v -> document(v[0], v[1], v[2], v[3], v[4], v[5]), Node.CONSTANT);
    svg.unary("SVGElemToString", e -> {
      StringBuilder out = new StringBuilder();
      write(e, out);
      return StringValue.of(out.toString());
    });
    svg.nary("NodeOfRingNetwork", 5, v -> ringNode(v[0], v[1], v[2], v[3], v[4]), Node.CONSTANT);
    // An error when evaluated, not when compiled: a spec may define a layout it never computes.
    svg.node("NodesOfDirectedMultiGraph", new int[3], (s, a, o) -> new CoreNodes.Unsupported(s,
        "SVG!NodesOfDirectedMultiGraph (a graph layout that TLC computes with the JUNGRAPHT library) is not"
        + " supported yet", Node.CONSTANT, null), Node.CONSTANT);
    svg.nary("PointOnLine", 3, v -> pointOnLine(v[0], v[1], v[2]), Node.CONSTANT);
    svg.nary("SVGSerialize", 3, v -> serialize(v[0], v[1], v[2]), Node.STATE);
  }

  /** {@code SVGElem(name, attrs, children, innerText)}. */
  private static Value element(Value name, Value attrs, Value children, Value innerText) {
    return Values.record(ELEMENT, new Value[] {name, attrs, children, innerText});
  }

  /** An element without children or text, its own attributes merged with the caller's. */
  private static Value shape(String name, FunctionValue own, Value extra) {
    return element(StringValue.of(name), merge(own, extra), TupleValue.EMPTY, StringValue.of(""));
  }

  /** Attribute names and values given in pairs; each value as ToString writes it. */
  private static FunctionValue attrs(Object... pairs) {
    Value[] keys = new Value[pairs.length / 2];
    Value[] values = new Value[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = StringValue.of((String) pairs[2 * i]);
      values[i] = StringValue.of(pairs[2 * i + 1].toString());
    }
    return Values.functionUnsorted(keys, values);
  }

  /** The LOCAL Merge(r1, r2): both records' fields, r1's value where both have one. */
  private static Value merge(Value first, Value second) {
    FunctionValue r1 = Values.asFunction(first, "SVG (attributes)");
    FunctionValue r2 = Values.asFunction(second, "SVG (attributes)");
    Value[] keys = new Value[r1.size() + r2.size()];
    Value[] values = new Value[keys.length];
    for (int i = 0; i < r2.size(); i++) {
      keys[i] = r2.keyAt(i);
      values[i] = r2.valueAt(i);
    }
    for (int i = 0; i < r1.size(); i++) {
      keys[r2.size() + i] = r1.keyAt(i);
      values[r2.size() + i] = r1.valueAt(i);
    }
    return Values.functionUnsorted(keys, values); // of repeated keys the later, r1's, wins
  }

  private static Value document(Value children, Value x, Value y, Value width, Value height, Value attrs) {
    Value[] keys = {StringValue.of("xmlns:xlink"), StringValue.of("xmlns"), StringValue.of("viewBox")};
    Value[] values = {StringValue.of("http://www.w3.org/1999/xlink"), StringValue.of("http://www.w3.org/2000/svg"),
        StringValue.of(x + " " + y + " " + width + " " + height)};
    return element(StringValue.of("svg"), merge(Values.functionUnsorted(keys, values), attrs),
        TupleValue.of(children), StringValue.of(""));
  }

  /** {@code <name k='v' ...>innerText children</name>}. */
  private static void write(Value e, StringBuilder out) {
    if (!JsonValues.isRecord(e)) {
      throw new ValueException("An SVG element must be a record. Value given is " + Values.describe(e));
    }
    FunctionValue element = (FunctionValue) e;
    String name = text(element.apply(StringValue.of("name")), "name");
    out.append('<').append(name);
    FunctionValue attrs = Values.asFunction(element.apply(StringValue.of("attrs")), "SVGElemToString (attrs)");
    for (int i = 0; i < attrs.size(); i++) {
      out.append(' ').append(text(attrs.keyAt(i), "an attribute name")).append("='")
          .append(text(attrs.valueAt(i), "an attribute value")).append('\'');
    }
    out.append('>').append(text(element.apply(StringValue.of("innerText")), "innerText"));
    for (Value child : Values.asSequence(element.apply(StringValue.of("children")), "SVGElemToString (children)").elements()) {
      write(child, out);
    }
    out.append("</").append(name).append('>');
  }

  private static String text(Value v, String what) {
    if (!(v instanceof StringValue s)) {
      throw new ValueException("SVGElemToString: " + what + " must be a string, not " + Values.describe(v));
    }
    return s.value();
  }

  /**
   * The n-th of m points on the circle of radius r around (cx, cy), counterclockwise from
   * (cx + r, cy), as TLC computes it: in doubles, the angle {@code (2 pi / m) * n}, each
   * coordinate truncated towards zero.
   */
  private static Value ringNode(Value cx, Value cy, Value r, Value n, Value m) {
    String op = "NodeOfRingNetwork";
    double angle = (2 * Math.PI / OperatorTable.integer(m, op)) * OperatorTable.integer(n, op);
    int radius = OperatorTable.integer(r, op);
    int x = (int) (OperatorTable.integer(cx, op) + radius * Math.cos(angle));
    int y = (int) (OperatorTable.integer(cy, op) + radius * Math.sin(angle));
    return Values.record(new String[] {"x", "y"}, new Value[] {IntValue.of(x), IntValue.of(y)});
  }

  /**
   * {@code [x |-> from.x + (to.x - from.x) / segment, y |-> ...]}: TLC's Java implementation
   * divides towards zero, where the TLA+ definition's {@code \div} rounds down.
   */
  private static Value pointOnLine(Value from, Value to, Value segment) {
    String op = "PointOnLine";
    int parts = OperatorTable.integer(segment, op);
    if (parts == 0) {
      throw new ValueException("PointOnLine: the segment count is 0 (division by zero)");
    }
    Value[] xy = new Value[2];
    String[] fields = {"x", "y"};
    for (int i = 0; i < 2; i++) {
      StringValue field = StringValue.of(fields[i]);
      long a = OperatorTable.integer(Values.asFunction(from, op).apply(field), op);
      long b = OperatorTable.integer(Values.asFunction(to, op).apply(field), op);
      xy[i] = IntValue.ofChecked(a + (b - a) / parts);
    }
    return Values.record(fields, xy);
  }

  /**
   * {@code SVGSerialize(svg, prefix, frame)}: the element's text in the file
   * {@code prefix + zeroPadN(frame, 3) + ".svg"}, with Serialize's outcome.
   */
  private static Value serialize(Value svg, Value prefix, Value frame) {
    StringBuilder text = new StringBuilder();
    write(svg, text);
    String number = frame.toString();
    String file = (prefix instanceof StringValue p ? p.value() : prefix.toString())
        + "0".repeat(Math.max(3 - number.length(), 0)) + number + ".svg";
    try {
      Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return IoUtils.outcome(1, "", "Serialize error writing to the file: " + e);
    }
    return IoUtils.outcome(0, "Finish writing to the file with success!", "");
  }
}

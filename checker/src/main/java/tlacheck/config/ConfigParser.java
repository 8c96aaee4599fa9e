package tlacheck.config;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * Reads TLC's model configuration format: sections introduced by keywords (INIT, NEXT,
 * SPECIFICATION, INVARIANT(S), CONSTANT(S), ...), comments as in TLA+. A keyword that TLC knows
 * but tlacheck does not check yet is refused by name rather than ignored.
 */
public final class ConfigParser {
  private static final List<String> NOT_YET = List.of();

  private final SourceFile file;
  private final String text;
  private int pos;
  private final List<TlaError> errors = new ArrayList<>();

  private ConfigParser(SourceFile file) {
    this.file = file;
    this.text = file.text();
  }

  public static ModelConfig parse(SourceFile file) {
    return new ConfigParser(file).config();
  }

  private record Word(String text, int start, int end) {}

  private ModelConfig config() {
    ModelConfig.Named init = null;
    ModelConfig.Named next = null;
    ModelConfig.Named spec = null;
    ModelConfig.Named symmetry = null;
    ModelConfig.Named view = null;
    ModelConfig.Named alias = null;
    Boolean checkDeadlock = null;
    List<ModelConfig.Named> invariants = new ArrayList<>();
    List<ModelConfig.Named> properties = new ArrayList<>();
    List<ModelConfig.Named> constraints = new ArrayList<>();
    List<ModelConfig.Named> actionConstraints = new ArrayList<>();
    List<ModelConfig.Named> postconditions = new ArrayList<>();
    List<ModelConfig.ConstantAssignment> constants = new ArrayList<>();
    String section = null;
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        break;
      }
      int start = pos;
      Word word = word();
      if (word == null && "CONSTANT".equals(section)) {
        word = operatorSymbol(); // ++ <- PlusPlus
      }
      if (word == null) {
        errors.add(error(start, start + 1, "unexpected character '" + text.charAt(pos) + "' in the model configuration"));
        pos++;
        continue;
      }
      String keyword = word.text;
      switch (keyword) {
        case "INIT": init = name(); section = null; continue;
        case "NEXT": next = name(); section = null; continue;
        case "SPECIFICATION": spec = name(); section = null; continue;
        case "SYMMETRY": symmetry = name(); section = null; continue;
        case "VIEW": view = name(); section = null; continue;
        case "ALIAS": alias = name(); section = null; continue;
        case "CHECK_DEADLOCK": {
          Word value = requireWord("TRUE or FALSE after CHECK_DEADLOCK");
          if (!value.text.equals("TRUE") && !value.text.equals("FALSE")) {
            errors.add(error(value.start, value.end, "CHECK_DEADLOCK takes TRUE or FALSE, not " + value.text));
          }
          checkDeadlock = value.text.equals("TRUE");
          section = null;
          continue;
        }
        case "INVARIANT": case "INVARIANTS": case "PROPERTY": case "PROPERTIES": case "CONSTRAINT":
        case "CONSTRAINTS": case "ACTION_CONSTRAINT": case "ACTION_CONSTRAINTS": case "CONSTANT":
        case "CONSTANTS": case "POSTCONDITION": case "POSTCONDITIONS":
          section = keyword.replaceAll("S$", "").replace("PROPERTIE", "PROPERTY");
          if (keyword.equals("PROPERTIES")) {
            section = "PROPERTY";
          }
          continue;
        default:
          break;
      }
      if (NOT_YET.contains(keyword)) {
        errors.add(error(word.start, word.end, keyword + " is not supported yet"));
        continue;
      }
      if (section == null) {
        errors.add(error(word.start, word.end, "unknown keyword '" + keyword + "' in the model configuration"));
        continue;
      }
      ModelConfig.Named named = new ModelConfig.Named(keyword, new Span(file, word.start, word.end));
      switch (section) {
        case "INVARIANT": invariants.add(named); break;
        case "PROPERTY": properties.add(named); break;
        case "CONSTRAINT": constraints.add(named); break;
        case "ACTION_CONSTRAINT": actionConstraints.add(named); break;
        case "POSTCONDITION": postconditions.add(named); break;
        case "CONSTANT":
          try {
            constants.add(constant(word));
          } catch (TlaError e) {
            errors.add(e);
          }
          break;
        default: break;
      }
    }
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
    return new ModelConfig(init, next, spec, invariants, properties, constraints, actionConstraints, constants,
        checkDeadlock, symmetry, view, alias, postconditions);
  }

  private ModelConfig.ConstantAssignment constant(Word name) {
    return constant(name, List.of());
  }

  /** The rest of a CONSTANT line after its name (and, for {@code F(0) = 1}, the point). */
  private ModelConfig.ConstantAssignment constant(Word name, List<ModelConfig.ConfigValue> arguments) {
    skipSpace();
    Span span = new Span(file, name.start, name.end);
    if (text.startsWith("<-", pos) && arguments.isEmpty()) {
      pos += 2;
      skipSpace();
      String module = null;
      if (pos < text.length() && text.charAt(pos) == '[') {
        pos++;
        module = requireWord("a module name in [M]").text;
        skipSpace();
        expect(']');
      }
      skipSpace();
      Word target = word();
      if (target == null) {
        target = operatorSymbol(); // Plus <- +
      }
      if (target == null) {
        throw error(pos, Math.min(text.length(), pos + 1), "expected a definition name after <-");
      }
      return new ModelConfig.ConstantAssignment(name.text, List.of(), null, target.text, module, span);
    }
    if (pos < text.length() && text.charAt(pos) == '=' && !text.startsWith("==", pos)) {
      pos++;
      skipSpace();
      String module = null;
      if (pos < text.length() && text.charAt(pos) == '[' && isModuleScope()) {
        // C = [M] v: the definition C of module M has the value v.
        pos++;
        module = requireWord("a module name in [M]").text;
        skipSpace();
        expect(']');
      }
      return new ModelConfig.ConstantAssignment(name.text, arguments, value(), null, module, span);
    }
    if (pos < text.length() && text.charAt(pos) == '(' && arguments.isEmpty()) {
      int close = text.indexOf(')', pos);
      if (close > 0 && text.substring(pos + 1, close).replaceAll("[\\s_,]", "").isEmpty()) {
        pos = close + 1; // C(_, _) <- Op: the parameter list says only the arity.
        return constant(name, List.of());
      }
      // F(0) = 1, F(1, 2) = 3: an operator constant given point by point.
      pos++;
      List<ModelConfig.ConfigValue> point = new ArrayList<>();
      while (true) {
        point.add(value());
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          continue;
        }
        break;
      }
      expect(')');
      return constant(name, point);
    }
    throw error(name.start, name.end, "expected '=' or '<-' after the constant " + name.text);
  }

  /** Characters of TLA+ operator symbols, as they may stand for a definition or constant in the configuration. */
  private static final String SYMBOL_CHARACTERS = "+-*/^%#<>=|&!?@$.:~";

  /**
   * An operator symbol ({@code ++}, {@code +}, {@code (+)}) or a backslash name ({@code \oplus}),
   * or null; a following {@code <-} is not part of it.
   */
  private Word operatorSymbol() {
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '\\') {
      pos++;
      Word w = word();
      if (w == null) {
        pos = start;
        return null;
      }
      return new Word("\\" + w.text, start, pos);
    }
    if (text.startsWith("(", pos)) {
      int close = text.indexOf(')', pos);
      if (close == pos + 2 || close == pos + 3 && text.charAt(pos + 1) == '\\') {
        pos = close + 1; // (+), (-), (.), (/), (\X)
        return new Word(text.substring(start, pos), start, pos);
      }
    }
    while (pos < text.length() && SYMBOL_CHARACTERS.indexOf(text.charAt(pos)) >= 0 && !text.startsWith("<-", pos)) {
      pos++;
    }
    if (pos == start) {
      return null;
    }
    return new Word(text.substring(start, pos), start, pos);
  }

  /** Whether the text at {@code pos} reads {@code [Name]} followed by a value, not a record or function value. */
  private boolean isModuleScope() {
    int i = pos + 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i > start && i < text.length() && text.charAt(i) == ']';
  }

  private ModelConfig.ConfigValue value() {
    skipSpace();
    int start = pos;
    if (pos >= text.length()) {
      throw error(start, start, "expected a value");
    }
    char c = text.charAt(pos);
    if (c == '{' || text.startsWith("<<", pos)) {
      boolean set = c == '{';
      pos += set ? 1 : 2;
      List<ModelConfig.ConfigValue> elements = new ArrayList<>();
      skipSpace();
      String close = set ? "}" : ">>";
      if (!text.startsWith(close, pos)) {
        while (true) {
          elements.add(value());
          skipSpace();
          if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            continue;
          }
          break;
        }
      }
      skipSpace();
      if (!text.startsWith(close, pos)) {
        throw error(pos, pos + 1, "expected '" + close + "' to close the " + (set ? "set" : "tuple"));
      }
      pos += close.length();
      Span span = new Span(file, start, pos);
      return set ? new ModelConfig.SetConst(elements, span) : new ModelConfig.TupleConst(elements, span);
    }
    if (c == '"') {
      int end = text.indexOf('"', pos + 1);
      if (end < 0) {
        throw error(start, start + 1, "string is never closed");
      }
      pos = end + 1;
      return new ModelConfig.StringConst(text.substring(start + 1, end), new Span(file, start, pos));
    }
    if (c == '-' || Character.isDigit(c)) {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      try {
        return new ModelConfig.IntConst(Integer.parseInt(text.substring(start, pos)), new Span(file, start, pos));
      } catch (NumberFormatException e) {
        throw error(start, pos, "the number " + text.substring(start, pos) + " is out of range");
      }
    }
    Word word = requireWord("a value");
    Span span = new Span(file, word.start, word.end);
    if (word.text.equals("TRUE") || word.text.equals("FALSE")) {
      return new ModelConfig.BoolConst(word.text.equals("TRUE"), span);
    }
    return new ModelConfig.ModelValueConst(word.text, span);
  }

  private ModelConfig.Named name() {
    Word w = requireWord("a definition name");
    return new ModelConfig.Named(w.text, new Span(file, w.start, w.end));
  }

  private Word requireWord(String what) {
    skipSpace();
    Word w = word();
    if (w == null) {
      throw error(pos, Math.min(text.length(), pos + 1), "expected " + what);
    }
    return w;
  }

  private Word word() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    if (pos == start) {
      return null;
    }
    return new Word(text.substring(start, pos), start, pos);
  }

  private void expect(char c) {
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error(pos, pos + 1, "expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("\\*", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (text.startsWith("(*", pos)) {
        int depth = 0;
        while (pos < text.length()) {
          if (text.startsWith("(*", pos)) {
            depth++;
            pos += 2;
          } else if (text.startsWith("*)", pos)) {
            depth--;
            pos += 2;
            if (depth == 0) {
              break;
            }
          } else {
            pos++;
          }
        }
      } else if (text.startsWith("----", pos) || text.startsWith("====", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private TlaError error(int start, int end, String message) {
    return new TlaError(TlaError.Kind.CONFIG, new Span(file, start, Math.max(end, start + 1)), message);
  }
}

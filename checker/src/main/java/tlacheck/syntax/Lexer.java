package tlacheck.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * Turns the text of a module into tokens. Text before the first {@code ---- MODULE} line and
 * after the closing {@code ====} is ignored, as SANY does. Comments ({@code \*} to the end of the
 * line, nested {@code (* *)}) are skipped. Every token records its column, because the meaning of
 * {@code /\} and {@code \/} bullet lists depends on alignment.
 */
public final class Lexer {
  static final Set<String> KEYWORDS = Set.of(
      "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS",
      "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "IF", "IN", "INSTANCE", "LET",
      "LOCAL", "MODULE", "OTHER", "STRING", "SUBSET", "THEN", "THEOREM", "TRUE", "UNCHANGED",
      "UNION", "VARIABLE", "VARIABLES", "WITH", "LAMBDA", "RECURSIVE", "LEMMA", "PROPOSITION",
      "COROLLARY", "PROOF", "BY", "OBVIOUS", "OMITTED", "QED", "PROVE", "SUFFICES", "HAVE",
      "TAKE", "WITNESS", "PICK", "USE", "HIDE", "DEFINE", "DEF", "DEFS", "ACTION", "STATE",
      "TEMPORAL", "NEW", "ONLY");

  /** Backslash-operators, mapped to their canonical spelling. */
  private static final Map<String, String> BACKSLASH_WORDS = backslashWords();

  private static Map<String, String> backslashWords() {
    Map<String, String> words = new HashMap<>();
    String[] same = {"in", "notin", "cup", "cap", "subseteq", "subset", "supseteq", "supset", "X",
        "div", "o", "A", "E", "AA", "EE", "prec", "preceq", "succ", "succeq", "sqsubset",
        "sqsubseteq", "sqsupset", "sqsupseteq", "sqcap", "sqcup", "uplus", "oplus", "ominus",
        "odot", "otimes", "oslash", "bigcirc", "bullet", "star", "cdot", "wr", "sim", "simeq",
        "approx", "cong", "asymp", "doteq", "propto", "ll", "gg"};
    for (String word : same) {
      words.put(word, "\\" + word);
    }
    words.put("union", "\\cup");
    words.put("intersect", "\\cap");
    words.put("times", "\\X");
    words.put("circ", "\\o");
    words.put("land", "/\\");
    words.put("lor", "\\/");
    words.put("lnot", "~");
    words.put("neg", "~");
    words.put("equiv", "<=>");
    words.put("leq", "<=");
    words.put("geq", ">=");
    return Collections.unmodifiableMap(words);
  }

  /** Symbols, longest first so that the first match is the longest one. */
  private static final List<String> SYMBOLS = List.of(
      "-+->", "(\\X)", "::=", "<=>", "|->", "...", "(+)", "(-)", "(.)", "(/)",
      "==", "=>", "=<", "<=", ">=", "<<", ">>", "/=", "/\\", "\\/", "~>", "[]", "<>", "->",
      "<-", "|-", "|=", "-|", "=|", ":>", ":=", "::", "@@", "..", "||", "&&", "$$", "??", "%%",
      "##", "++", "--", "**", "//", "^^", "^+", "^*", "^#", "<:", "-.",
      "=", "<", ">", "#", "~", ":", "@", ".", ",", "(", ")", "[", "]", "{", "}", "'", "!", "+",
      "-", "*", "/", "^", "%", "|", "&", "$", "\\", "_");

  private final SourceFile file;
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<TlaError> errors = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  /** MODULE keywords minus ==== lines seen, so that nested modules do not end lexing early. */
  private int moduleDepth;

  public Lexer(SourceFile file) {
    this.file = file;
    this.text = file.text();
  }

  /** The tokens of the module, ending with EOF; throws {@link TlaError} for lexical errors. */
  public List<Token> tokens() {
    skipToModuleStart();
    while (true) {
      skipSpaceAndComments();
      if (pos >= text.length()) {
        break;
      }
      int before = tokens.size();
      scanToken();
      if (tokens.size() > before) {
        Token last = tokens.get(tokens.size() - 1);
        if (last.kind() == Token.Kind.KEYWORD && last.text().equals("MODULE")) {
          moduleDepth++;
        } else if (last.kind() == Token.Kind.END_MODULE && --moduleDepth <= 0) {
          break;
        }
      }
    }
    tokens.add(new Token(Token.Kind.EOF, "", text.length(), text.length(), line, pos - lineStart + 1));
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
    return tokens;
  }

  private void skipToModuleStart() {
    int at = 0;
    while (true) {
      int dashes = text.indexOf("----", at);
      if (dashes < 0) {
        return; // the parser reports the missing header
      }
      int i = dashes;
      while (i < text.length() && text.charAt(i) == '-') {
        i++;
      }
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (text.startsWith("MODULE", i)) {
        advanceTo(dashes);
        return;
      }
      at = i;
    }
  }

  private void advanceTo(int target) {
    while (pos < target) {
      if (text.charAt(pos) == '\n') {
        line++;
        lineStart = pos + 1;
      }
      pos++;
    }
  }

  private void skipSpaceAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '\\' && peekAt(1) == '*') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '(' && peekAt(1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int start = pos;
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("(*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*)", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        if (text.charAt(pos) == '\n') {
          line++;
          lineStart = pos + 1;
        }
        pos++;
      }
    }
    errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, start + 2),
        "comment '(*' is never closed with '*)'"));
  }

  private char peekAt(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private void add(Token.Kind kind, String tokenText, int start) {
    tokens.add(new Token(kind, tokenText, start, pos, line, start - lineStart + 1));
  }

  private void scanToken() {
    int start = pos;
    char c = text.charAt(pos);
    if (c == '-' && text.startsWith("----", pos)) {
      while (pos < text.length() && text.charAt(pos) == '-') {
        pos++;
      }
      add(Token.Kind.SEPARATOR, "----", start);
      return;
    }
    if (c == '=' && text.startsWith("====", pos)) {
      while (pos < text.length() && text.charAt(pos) == '=') {
        pos++;
      }
      add(Token.Kind.END_MODULE, "====", start);
      return;
    }
    if (c == '"') {
      scanString();
      return;
    }
    if (Character.isDigit(c)) {
      scanNumberOrIdentifier();
      return;
    }
    if (Character.isLetter(c) || c == '_' && isIdentifierAhead()) {
      scanIdentifier();
      return;
    }
    if (c == '\\') {
      if (scanBackslash()) {
        return;
      }
    }
    for (String symbol : SYMBOLS) {
      if (text.startsWith(symbol, pos)) {
        pos += symbol.length();
        if ((symbol.equals("]") || symbol.equals(">>")) && pos < text.length() && text.charAt(pos) == '_') {
          pos++;
          add(Token.Kind.SYMBOL, symbol + "_", start);
          return;
        }
        String canonical = switch (symbol) {
          case "#" -> "/=";
          case "=<" -> "<=";
          default -> symbol;
        };
        add(Token.Kind.SYMBOL, canonical, start);
        return;
      }
    }
    pos++;
    errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, pos),
        "unexpected character '" + c + "'"));
  }

  private boolean isIdentifierAhead() {
    int i = pos;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
      i++;
    }
    return false;
  }

  private void scanIdentifier() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String word = text.substring(start, pos);
    if ((word.startsWith("WF_") || word.startsWith("SF_")) && word.length() >= 3) {
      pos = start + 3;
      add(Token.Kind.KEYWORD, word.substring(0, 3), start);
      return;
    }
    add(KEYWORDS.contains(word) ? Token.Kind.KEYWORD : Token.Kind.IDENT, word, start);
  }

  /** Numbers, or identifiers that start with digits such as {@code 1st}. */
  private void scanNumberOrIdentifier() {
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos = start;
      scanIdentifier();
      return;
    }
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    add(Token.Kind.NUMBER, text.substring(start, pos), start);
  }

  private boolean scanBackslash() {
    int start = pos;
    char next = peekAt(1);
    if ((next == 'b' || next == 'o' || next == 'h') && isRadixDigit(next, peekAt(2))) {
      pos += 2;
      int digitsStart = pos;
      while (pos < text.length() && isRadixDigit(next, text.charAt(pos))) {
        pos++;
      }
      int radix = next == 'b' ? 2 : next == 'o' ? 8 : 16;
      String value = Long.toString(Long.parseLong(text.substring(digitsStart, pos), radix));
      add(Token.Kind.NUMBER, value, start);
      return true;
    }
    if (!Character.isLetter(next)) {
      return false;
    }
    int end = pos + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(pos + 1, end);
    String canonical = BACKSLASH_WORDS.get(word);
    if (canonical == null) {
      pos = end;
      errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, end),
          "unknown operator '\\" + word + "'"));
      return true;
    }
    pos = end;
    add(Token.Kind.SYMBOL, canonical, start);
    return true;
  }

  private static boolean isRadixDigit(char radix, char c) {
    switch (radix) {
      case 'b': return c == '0' || c == '1';
      case 'o': return c >= '0' && c <= '7';
      default: return Character.digit(c, 16) >= 0;
    }
  }

  private void scanString() {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, start + 1),
            "string is never closed with '\"'"));
        add(Token.Kind.STRING, value.toString(), start);
        return;
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        add(Token.Kind.STRING, value.toString(), start);
        return;
      }
      if (c == '\\' && pos < text.length()) {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n': value.append('\n'); break;
          case 't': value.append('\t'); break;
          case 'r': value.append('\r'); break;
          case 'f': value.append('\f'); break;
          default: value.append(e);
        }
      } else {
        value.append(c);
      }
    }
  }
}

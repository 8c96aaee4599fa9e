package tlacheck.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * Turns the text of a file into tokens. Text before the first {@code ---- MODULE} line, between
 * the closing {@code ====} of a module and the next {@code ---- MODULE} line (a
 * {@code ---- CONFIG} block, prose), and after the last module is ignored, as SANY does.
 * Comments ({@code \*} to the end of the line, nested {@code (* *)}) are skipped. Every token
 * records its column, because the meaning of {@code /\} and {@code \/} bullet lists depends on
 * alignment; a tab advances the column to the next multiple of 8 plus one, as in SANY.
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

  private final SourceFile file;
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<TlaError> errors = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  /** MODULE keywords minus ==== lines seen, so that nested modules do not end a module early. */
  private int moduleDepth;

  /** Columns of a tab stop: SANY counts a tab as reaching the next column 8k + 1. */
  static final int TAB_WIDTH = 8;
  private int columnLineStart = -1;
  private int columnOffset;
  private int columnValue;

  public Lexer(SourceFile file) {
    this.file = file;
    this.text = file.text();
  }

  /** The tokens of the file's modules, ending with EOF; throws {@link TlaError} for lexical errors. */
  public List<Token> tokens() {
    skipToModuleStart(false);
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
          moduleDepth = 0;
          skipToModuleStart(true); // to the next module of the file, if any
        }
      }
    }
    tokens.add(new Token(Token.Kind.EOF, "", text.length(), text.length(), line, column(text.length())));
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
    return tokens;
  }

  /**
   * Moves to the next {@code ---- MODULE} header. Without one, after a module the rest is skipped;
   * at the start nothing is, so that the parser reports the missing header at the first token.
   */
  private void skipToModuleStart(boolean afterModule) {
    int at = pos;
    while (true) {
      int dashes = text.indexOf("----", at);
      if (dashes < 0) {
        if (afterModule) {
          advanceTo(text.length());
        }
        return;
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
    tokens.add(new Token(kind, tokenText, start, pos, line, column(start)));
  }

  /** The layout column of the character at {@code offset} on the current line, tabs expanded. */
  private int column(int offset) {
    // Tokens come in order, so the scan resumes where the last one on this line stopped.
    if (columnLineStart != lineStart || columnOffset > offset) {
      columnLineStart = lineStart;
      columnOffset = lineStart;
      columnValue = 1;
    }
    for (; columnOffset < offset; columnOffset++) {
      columnValue = text.charAt(columnOffset) == '\t'
          ? ((columnValue - 1) / TAB_WIDTH + 1) * TAB_WIDTH + 1 : columnValue + 1;
    }
    return columnValue;
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
    if (isDigit(c)) {
      scanNumberOrIdentifier();
      return;
    }
    if (isLetter(c) || c == '_' && isIdentifierAhead()) {
      scanIdentifier();
      return;
    }
    if (c == '\\' && scanBackslash()) {
      return;
    }
    if (c >= 0x80) {
      scanUnicode(c);
      return;
    }
    for (String symbol : Symbols.ASCII) {
      if (text.startsWith(symbol, pos)) {
        pos += symbol.length();
        addSymbol(Symbols.canonicalAscii(symbol), start);
        return;
      }
    }
    pos++;
    errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, pos),
        "unexpected character '" + c + "'"));
  }

  /** A symbol; {@code ]} and {@code >>} directly followed by {@code _} open the subscript of {@code [A]_v}. */
  private void addSymbol(String canonical, int start) {
    if ((canonical.equals("]") || canonical.equals(">>")) && pos < text.length() && text.charAt(pos) == '_') {
      pos++;
      add(Token.Kind.SYMBOL, canonical + "_", start);
      return;
    }
    add(Token.Kind.SYMBOL, canonical, start);
  }

  private void scanUnicode(char c) {
    int start = pos;
    pos++;
    String symbol = Symbols.UNICODE.get(c);
    if (symbol != null) {
      addSymbol(symbol, start);
    } else if (Symbols.isUnicodeName(c)) {
      add(Token.Kind.IDENT, String.valueOf(c), start);
    } else {
      if (Character.isHighSurrogate(c) && pos < text.length()) {
        pos++;
      }
      errors.add(new TlaError(TlaError.Kind.SYNTAX, new Span(file, start, pos),
          "unexpected character '" + text.substring(start, pos) + "'"));
    }
  }

  /** Identifiers are ASCII, as in SANY: letters, digits and {@code _}, with at least one letter. */
  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || c >= '0' && c <= '9' || c == '_';
  }

  private boolean isIdentifierAhead() {
    int i = pos;
    while (i < text.length() && isNameChar(text.charAt(i))) {
      if (isLetter(text.charAt(i))) {
        return true;
      }
      i++;
    }
    return false;
  }

  private void scanIdentifier() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
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
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && (isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos = start;
      scanIdentifier();
      return;
    }
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    add(Token.Kind.NUMBER, text.substring(start, pos), start);
  }

  private boolean scanBackslash() {
    int start = pos;
    char next = peekAt(1);
    int radix = radix(next);
    if (radix > 0 && Character.digit(peekAt(2), radix) >= 0) {
      // \b1010, \o17, \hFF (and \B, \O, \H): the token carries the number in decimal.
      pos += 2;
      int digitsStart = pos;
      while (pos < text.length() && text.charAt(pos) < 0x80 && Character.digit(text.charAt(pos), radix) >= 0) {
        pos++;
      }
      String value = new BigInteger(text.substring(digitsStart, pos), radix).toString();
      add(Token.Kind.NUMBER, value, start);
      return true;
    }
    if (!isLetter(next)) {
      return false;
    }
    int end = pos + 1;
    while (end < text.length() && isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(pos + 1, end);
    String canonical = Symbols.BACKSLASH_WORDS.get(word);
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

  /** The radix a number written {@code \\b...}, {@code \\o...}, {@code \\h...} is in, or 0. */
  private static int radix(char letter) {
    switch (letter) {
      case 'b': case 'B': return 2;
      case 'o': case 'O': return 8;
      case 'h': case 'H': return 16;
      default: return 0;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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

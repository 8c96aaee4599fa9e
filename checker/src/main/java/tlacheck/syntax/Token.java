package tlacheck.syntax;

/**
 * One lexical token. Operators and punctuation are {@link Kind#SYMBOL}s whose {@code text} is the
 * canonical spelling (synonyms such as {@code \land} are folded to {@code /\} by the lexer), so
 * the parser compares a single string.
 *
 * @param column 1-based column of the first character; junction lists are aligned by it
 */
public record Token(Kind kind, String text, int start, int end, int line, int column) {
  public enum Kind { IDENT, NUMBER, STRING, KEYWORD, SYMBOL, SEPARATOR, END_MODULE, EOF }

  public boolean is(String symbolOrKeyword) {
    return (kind == Kind.SYMBOL || kind == Kind.KEYWORD) && text.equals(symbolOrKeyword);
  }

  public String describe() {
    switch (kind) {
      case EOF: return "end of file";
      case STRING: return "string \"" + text + "\"";
      case SEPARATOR: return "'----'";
      case END_MODULE: return "'===='";
      default: return "'" + text + "'";
    }
  }
}

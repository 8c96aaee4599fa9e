package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * The parsers' shared position in the token list, with the small vocabulary they read it by
 * ({@code peek}, {@code advance}, {@code check}, {@code match}, {@code expect}) and the errors
 * they record. {@link #peek()} consults the {@link JunctionLayout}: a token that the open
 * bulleted list item cannot contain reads as the virtual {@link #END} token.
 */
final class TokenCursor {
  /** What {@link #peek()} returns for a token outside the current {@code /\} or {@code \/} item. */
  static final Token END = new Token(Token.Kind.EOF, "<end of list item>", 0, 0, 0, 0);

  /** Thrown after an error is recorded, to abandon the unit being parsed. */
  static final class ParseError extends RuntimeException {
    ParseError() {
      super(null, null, false, false);
    }
  }

  final SourceFile file;
  final JunctionLayout layout = new JunctionLayout();
  final List<TlaError> errors = new ArrayList<>();
  private final List<Token> tokens;
  private int position;

  TokenCursor(SourceFile file, List<Token> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  int position() {
    return position;
  }

  /** Moves back (or forward) to a position saved with {@link #position()}. */
  void reset(int saved) {
    position = saved;
  }

  /** The token at {@code index}, ignoring the list layout. */
  Token at(int index) {
    return tokens.get(index);
  }

  /** The token just consumed, or null at the start. */
  Token previous() {
    return position > 0 ? tokens.get(position - 1) : null;
  }

  Token peek() {
    Token t = tokens.get(position);
    return layout.endsItem(t) ? END : t;
  }

  /** The token {@code n} places ahead, ignoring the list layout. */
  Token peekAhead(int n) {
    int i = Math.min(position + n, tokens.size() - 1);
    return tokens.get(i);
  }

  Token advance() {
    Token t = tokens.get(position);
    if (t.kind() != Token.Kind.EOF) {
      position++;
    }
    return t;
  }

  boolean check(String text) {
    return peek().is(text);
  }

  boolean match(String text) {
    if (check(text)) {
      advance();
      return true;
    }
    return false;
  }

  Token expect(String text, String what) {
    Token t = peek();
    if (!t.is(text)) {
      throw fail(t, "expected " + what + " but found " + describe(t));
    }
    return advance();
  }

  void expectKeyword(String keyword) {
    expect(keyword, keyword);
  }

  Token expectKind(Token.Kind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw fail(t, "expected " + what + " but found " + describe(t));
    }
    return advance();
  }

  Token expectIdentifier(String what) {
    return expectKind(Token.Kind.IDENT, what);
  }

  private String describe(Token t) {
    return t == END ? tokens.get(position).describe() + " (outside the enclosing /\\ or \\/ list item)" : t.describe();
  }

  /** Records an error at {@code t} and returns the exception that abandons the unit. */
  ParseError fail(Token t, String message) {
    errors.add(error(t == END ? tokens.get(position) : t, message));
    return new ParseError();
  }

  /** Forgets the errors recorded since {@code count} were (after a speculative parse failed). */
  void dropErrorsAfter(int count) {
    while (errors.size() > count) {
      errors.remove(errors.size() - 1);
    }
  }

  TlaError error(Token t, String message) {
    return new TlaError(TlaError.Kind.SYNTAX, span(t), message);
  }

  /** Throws every error recorded so far, if any. */
  void throwErrors() {
    if (!errors.isEmpty()) {
      throw errors.size() == 1 ? errors.get(0) : new TlaError.Multiple(errors);
    }
  }

  Span span(Token t) {
    return new Span(file, t.start(), Math.max(t.start() + 1, t.end()));
  }

  /** From the start of {@code start} to the end of the last token consumed. */
  Span spanFrom(Token start) {
    int end = position > 0 ? tokens.get(position - 1).end() : start.end();
    return new Span(file, start.start(), Math.max(end, start.start() + 1));
  }
}

package tlacheck.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout rule of bulleted {@code /\} and {@code \/} lists. A bullet in prefix position opens
 * a list aligned at its column; while an item is parsed, any token at or left of that column
 * ends it (the parser then sees a virtual end token), exactly as SANY reads the layout; the list
 * goes on while the next token is the same bullet in the same column.
 */
final class JunctionLayout {
  private final Deque<Integer> columns = new ArrayDeque<>();

  /** True when {@code t} lies outside the innermost open list item. */
  boolean endsItem(Token t) {
    return !columns.isEmpty() && t.column() <= columns.peek() && t.kind() != Token.Kind.EOF;
  }

  /** Opens an item of the list whose bullets are in {@code column}. */
  void enterItem(int column) {
    columns.push(column);
  }

  void leaveItem() {
    columns.pop();
  }

  /** After a syntax error: whatever lists were open are abandoned. */
  void clear() {
    columns.clear();
  }

  /** True when {@code next} continues the list opened by {@code bullet}. */
  static boolean continues(Token bullet, Token next) {
    return next.kind() == Token.Kind.SYMBOL && next.text().equals(bullet.text())
        && next.column() == bullet.column();
  }
}

package tlacheck.syntax;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The precedence table of TLA+ infix operators (Specifying Systems, table on p. 271, every
 * user-definable symbol included; synonyms appear under their canonical spelling, see
 * {@link Symbols}), as ranges
 * {@code low..high}. The parser binds an operator when its low end reaches the current minimum and
 * parses its right operand above its high end, which gives the standard reading for every
 * expression SANY accepts (SANY rejects overlapping ranges without parentheses, and so never
 * sees the cases where this rule would be arbitrary).
 */
final class Operators {
  record Infix(int low, int high, boolean associative) {
    /**
     * Whether {@code this} followed by {@code next} (as in {@code a this b next c}, or after a
     * prefix operator) is a precedence conflict that SANY rejects: their ranges overlap and they
     * are not one associative operator ({@code symbol} and {@code nextSymbol} are canonical).
     */
    boolean conflictsWith(String symbol, Infix next, String nextSymbol) {
      boolean overlap = low <= next.high && next.low <= high;
      return overlap && !(associative && symbol.equals(nextSymbol));
    }

    String range() {
      return low == high ? Integer.toString(low) : low + "-" + high;
    }
  }

  private static final Map<String, Infix> INFIX = infixTable();

  private static Map<String, Infix> infixTable() {
    Map<String, Infix> table = new HashMap<>();
    put(table, 1, 1, false, "=>");
    put(table, 2, 2, false, "<=>", "~>", "-+->");
    put(table, 3, 3, true, "/\\", "\\/");
    put(table, 5, 5, false, "=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq", "\\subset",
        "\\supseteq", "\\supset", "\\prec", "\\preceq", "\\succ", "\\succeq", "\\sqsubset",
        "\\sqsubseteq", "\\sqsupset", "\\sqsupseteq", "\\sim", "\\simeq", "\\approx", "\\cong",
        "\\asymp", "\\doteq", "\\propto", "\\ll", "\\gg", "|-", "|=", "-|", "=|", ":=", "::=");
    put(table, 5, 14, true, "\\cdot");
    put(table, 6, 6, true, "@@");
    put(table, 7, 7, false, ":>", "<:");
    put(table, 8, 8, true, "\\cup", "\\cap");
    put(table, 8, 8, false, "\\");
    put(table, 9, 9, false, "..", "...");
    put(table, 9, 13, true, "$", "$$", "??", "##", "\\sqcap", "\\sqcup", "\\uplus");
    put(table, 9, 13, false, "!!");
    put(table, 9, 14, false, "\\wr");
    put(table, 10, 10, true, "+", "\\oplus", "++");
    put(table, 10, 11, true, "%%", "|", "||");
    put(table, 10, 11, false, "%");
    put(table, 10, 13, true, "\\X");
    put(table, 11, 11, true, "-", "\\ominus", "--");
    put(table, 13, 13, true, "*", "\\o", "\\odot", "\\otimes", "&", "&&", "**", "\\bigcirc", "\\bullet",
        "\\star");
    put(table, 13, 13, false, "/", "\\div", "\\oslash", "//");
    put(table, 14, 14, false, "^", "^^");
    return Collections.unmodifiableMap(table);
  }

  private static void put(Map<String, Infix> table, int low, int high, boolean associative, String... symbols) {
    for (String symbol : symbols) {
      table.put(symbol, new Infix(low, high, associative));
    }
  }

  static Infix infix(String symbol) {
    return INFIX.get(symbol);
  }

  /**
   * The precedence range of a prefix operator, as SANY 2.2 (TLC 2.18) applies it: the book's
   * ranges, except SUBSET, UNION and DOMAIN, which SANY ranks 10-13 (the book says 8-8 and 9-9):
   * it accepts {@code SUBSET S \cup T} and {@code DOMAIN f .. n}, reading them as
   * {@code (SUBSET S) \cup T} and {@code (DOMAIN f) .. n}, and rejects {@code DOMAIN f \X S}
   * and {@code SUBSET S + 1} (measured on every prefix-infix pair).
   */
  static Infix prefix(String symbol) {
    return switch (symbol) {
      case "~" -> new Infix(4, 4, false);
      case "ENABLED", "UNCHANGED", "[]", "<>" -> new Infix(4, 15, false);
      case "SUBSET", "UNION", "DOMAIN" -> new Infix(10, 13, false);
      case "-." -> new Infix(12, 12, false);
      default -> null;
    };
  }

  /** The postfix operators' precedence (15). */
  static final Infix POSTFIX = new Infix(15, 15, false);

  static boolean isInfix(String symbol) {
    return INFIX.containsKey(symbol);
  }

  /** Postfix operators (precedence 15). */
  static boolean isPostfix(String symbol) {
    return symbol.equals("^+") || symbol.equals("^*") || symbol.equals("^#");
  }

  private Operators() {}
}

package tlacheck.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The precedence table of TLA+ infix operators (Specifying Systems, table on p. 271), as ranges
 * {@code low..high}. The parser binds an operator when its low end reaches the current minimum and
 * parses its right operand above its high end, which gives the standard reading for every
 * expression SANY accepts (SANY rejects overlapping ranges without parentheses, and so never
 * sees the cases where this rule would be arbitrary).
 */
final class Operators {
  record Infix(int low, int high, boolean associative) {}

  private static final Map<String, Infix> INFIX = new HashMap<>();

  static {
    put(1, 1, false, "=>");
    put(2, 2, false, "<=>", "~>", "-+->");
    put(3, 3, true, "/\\", "\\/");
    put(5, 5, false, "=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq", "\\subset",
        "\\supseteq", "\\supset", "\\prec", "\\preceq", "\\succ", "\\succeq", "\\sqsubset",
        "\\sqsubseteq", "\\sqsupset", "\\sqsupseteq", "\\sim", "\\simeq", "\\approx", "\\cong",
        "\\asymp", "\\doteq", "\\propto", "\\ll", "\\gg", "|-", "|=", "-|", "=|", ":=", "::=");
    put(5, 14, true, "\\cdot");
    put(6, 6, true, "@@");
    put(7, 7, false, ":>", "<:");
    put(8, 8, true, "\\cup", "\\cap");
    put(8, 8, false, "\\");
    put(9, 9, false, "..", "...");
    put(9, 13, true, "$", "$$", "??", "##", "\\sqcap", "\\sqcup", "\\uplus");
    put(9, 14, false, "\\wr");
    put(10, 10, true, "+", "(+)", "\\oplus", "++");
    put(10, 11, true, "%%", "|", "||");
    put(10, 11, false, "%");
    put(10, 13, true, "\\X");
    put(11, 11, true, "-", "(-)", "\\ominus", "--");
    put(13, 13, true, "*", "\\o", "(.)", "\\otimes", "&", "&&", "**");
    put(13, 13, false, "/", "\\div", "(/)", "\\odot", "\\oslash", "\\bigcirc", "\\bullet", "\\star", "//");
    put(14, 14, false, "^", "^^");
  }

  private static void put(int low, int high, boolean associative, String... symbols) {
    for (String symbol : symbols) {
      INFIX.put(symbol, new Infix(low, high, associative));
    }
  }

  static Infix infix(String symbol) {
    return INFIX.get(symbol);
  }

  static boolean isInfix(String symbol) {
    return INFIX.containsKey(symbol);
  }

  /** Postfix operators (precedence 15). */
  static boolean isPostfix(String symbol) {
    return symbol.equals("^+") || symbol.equals("^*") || symbol.equals("^#");
  }

  private Operators() {}
}

package tlacheck.syntax.ast;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The canonical spelling of an operator that TLA+ lets one write in several ways ({@code (+)} and
 * {@code \oplus}, the words union and cup, {@code #} and {@code /=}): definitions and
 * references use it, so the lexer and the model configuration ({@code CONSTANT (+) <- Op}) agree.
 */
public final class OperatorSpelling {
  private OperatorSpelling() {}

  /** ASCII symbols whose canonical spelling differs. */
  private static final Map<String, String> ASCII_SYNONYMS = Map.of(
      "#", "/=", "=<", "<=", "(+)", "\\oplus", "(-)", "\\ominus", "(.)", "\\odot", "(/)", "\\oslash",
      "(\\X)", "\\otimes");

  /** Backslash words (cup, union) to their canonical spelling. */
  public static final Map<String, String> BACKSLASH_WORDS = backslashWords();

  /** The canonical spelling of an ASCII operator symbol or backslash word (union is cup). */
  public static String canonical(String symbol) {
    if (symbol.startsWith("\\") && BACKSLASH_WORDS.containsKey(symbol.substring(1))) {
      return BACKSLASH_WORDS.get(symbol.substring(1));
    }
    return ASCII_SYNONYMS.getOrDefault(symbol, symbol);
  }

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
    words.put("forall", "\\A");
    words.put("exists", "\\E");
    return Collections.unmodifiableMap(words);
  }
}

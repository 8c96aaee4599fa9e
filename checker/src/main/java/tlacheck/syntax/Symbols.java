package tlacheck.syntax;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.syntax.ast.OperatorSpelling;

/**
 * The spellings of TLA+ operator symbols the lexer recognises, and the canonical spelling each
 * is folded to, so that synonyms ({@code \land}, {@code ∧}, {@code /\}) are one operator for the
 * parser and the evaluator alike. The lists follow what SANY (TLC 2.18) accepts; a synonym is
 * canonical when SANY treats the two spellings as the same operator (redefining one reports the
 * other as already defined).
 */
final class Symbols {
  /** {@code \word} operators, by word, to their canonical spelling. */
  static final Map<String, String> BACKSLASH_WORDS = OperatorSpelling.BACKSLASH_WORDS;

  /** ASCII symbols, longest first so that the first match is the longest one. */
  static final List<String> ASCII = List.of(
      "-+->", "(\\X)", "::=", "<=>", "|->", "...", "(+)", "(-)", "(.)", "(/)",
      "==", "=>", "=<", "<=", ">=", "<<", ">>", "/=", "/\\", "\\/", "~>", "[]", "<>", "->",
      "<-", "|-", "|=", "-|", "=|", ":>", ":=", "::", "@@", "..", "||", "&&", "$$", "??", "%%",
      "##", "++", "--", "**", "//", "^^", "^+", "^*", "^#", "<:", "-.", "!!",
      "=", "<", ">", "#", "~", ":", "@", ".", ",", "(", ")", "[", "]", "{", "}", "'", "!", "+",
      "-", "*", "/", "^", "%", "|", "&", "$", "\\", "_");

  /** The Unicode symbols SANY reads, each one character, to their canonical ASCII spelling. */
  static final Map<Character, String> UNICODE = unicode();

  /** Names SANY lexes from Unicode letters that are not operators (and that no standard module defines). */
  static boolean isUnicodeName(char c) {
    return c == 'ℕ' || c == 'ℤ' || c == 'ℝ';
  }

  static String canonicalAscii(String symbol) {
    return OperatorSpelling.canonical(symbol);
  }


  private static Map<Character, String> unicode() {
    Map<Character, String> map = new HashMap<>();
    String[][] pairs = {
        {"≜", "=="}, {"∧", "/\\"}, {"∨", "\\/"}, {"¬", "~"}, {"⇒", "=>"}, {"⇔", "<=>"}, {"≡", "<=>"},
        {"∀", "\\A"}, {"∃", "\\E"}, {"∈", "\\in"}, {"∉", "\\notin"}, {"≠", "/="}, {"≤", "<="},
        {"≥", ">="}, {"⊆", "\\subseteq"}, {"⊂", "\\subset"}, {"⊇", "\\supseteq"}, {"⊃", "\\supset"},
        {"∩", "\\cap"}, {"∪", "\\cup"}, {"×", "\\X"}, {"⟨", "<<"}, {"⟩", ">>"}, {"↦", "|->"},
        {"→", "->"}, {"←", "<-"}, {"□", "[]"}, {"◇", "<>"}, {"↝", "~>"}, {"⇸", "-+->"},
        {"⊕", "\\oplus"}, {"⊖", "\\ominus"}, {"⊙", "\\odot"}, {"⊗", "\\otimes"}, {"⊘", "\\oslash"},
        {"∘", "\\o"}, {"⋅", "\\cdot"}, {"⊓", "\\sqcap"}, {"⊔", "\\sqcup"}, {"⊎", "\\uplus"},
        {"≺", "\\prec"}, {"≻", "\\succ"}, {"⪯", "\\preceq"}, {"⪰", "\\succeq"}, {"≪", "\\ll"},
        {"≫", "\\gg"}, {"⊏", "\\sqsubset"}, {"⊐", "\\sqsupset"}, {"⊑", "\\sqsubseteq"},
        {"⊒", "\\sqsupseteq"}, {"∼", "\\sim"}, {"≃", "\\simeq"}, {"≈", "\\approx"}, {"≅", "\\cong"},
        {"≍", "\\asymp"}, {"≐", "\\doteq"}, {"∝", "\\propto"}, {"⊢", "|-"}, {"⊣", "-|"}, {"⊨", "|="},
        {"⫤", "=|"}, {"≀", "\\wr"}, {"⋆", "\\star"}, {"●", "\\bullet"}, {"◯", "\\bigcirc"},
        {"÷", "\\div"}, {"‥", ".."}, {"…", "..."}, {"‖", "||"}, {"≔", ":="}, {"⩴", "::="},
        {"∷", "::"}, {"⁺", "^+"}};
    for (String[] pair : pairs) {
      map.put(pair[0].charAt(0), pair[1]);
    }
    return Collections.unmodifiableMap(map);
  }

  private Symbols() {}
}

package tlacheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A line diff for the failure message of a golden-file test: the first line that differs
 * (expected against actual, with its line number), then the differing hunks with two lines of
 * context, each line numbered in the expected and in the actual text. Lines are matched by a
 * longest common subsequence, so one inserted line shows as one {@code +} line, not as every
 * later line differing.
 */
public final class LineDiff {
  private static final int CONTEXT = 2;
  private static final int MAX_SHOWN = 60;
  /** Above this many cells (lines times lines) only the first difference is shown. */
  private static final long MAX_CELLS = 4_000_000;

  private LineDiff() {}

  /**
   * The diff of two texts given as lines, or null if they are equal. {@code firstNumber} is the
   * number of the first line of each list (e.g. the line of a file where the compared part starts).
   */
  public static String render(List<String> expected, List<String> actual, int firstNumber) {
    return render(expected, actual, firstNumber, index -> "");
  }

  /**
   * As above; {@code where} describes the place of the first differing line (given its index in
   * the lists), e.g. {@code " (stdout line 3)"}.
   */
  public static String render(List<String> expected, List<String> actual, int firstNumber,
      IntFunction<String> where) {
    int first = 0;
    while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
      first++;
    }
    if (first == expected.size() && first == actual.size()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    out.append("first difference at line ").append(firstNumber + first).append(where.apply(first)).append(":\n");
    out.append("  expected: ").append(show(expected, first)).append('\n');
    out.append("  actual:   ").append(show(actual, first)).append('\n');
    if (first < expected.size() && first < actual.size()
        && expected.get(first).strip().equals(actual.get(first).strip())) {
      out.append("  (the lines differ only in leading or trailing white space)\n");
    }
    if ((long) expected.size() * actual.size() > MAX_CELLS) {
      return out.append("(too long for a full diff)\n").toString();
    }
    out.append("diff (- expected, + actual; columns: expected line, actual line):\n");
    appendHunks(out, edits(expected, actual), expected, actual, firstNumber);
    return out.toString();
  }

  private static String show(List<String> lines, int index) {
    if (index >= lines.size()) {
      return "(end of text)";
    }
    return lines.get(index).isEmpty() ? "(empty line)" : lines.get(index);
  }

  /** An edit: {@code ' '} both texts have the line, {@code '-'} only expected, {@code '+'} only actual. */
  private record Edit(char kind, int e, int a) {}

  private static List<Edit> edits(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        edits.add(new Edit(' ', i++, j++));
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new Edit('-', i++, j));
      } else {
        edits.add(new Edit('+', i, j++));
      }
    }
    return edits;
  }

  private static void appendHunks(StringBuilder out, List<Edit> edits, List<String> expected, List<String> actual,
      int firstNumber) {
    boolean[] shown = new boolean[edits.size()];
    for (int k = 0; k < edits.size(); k++) {
      if (edits.get(k).kind() != ' ') {
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(edits.size() - 1, k + CONTEXT); c++) {
          shown[c] = true;
        }
      }
    }
    int printed = 0;
    int remaining = (int) edits.stream().filter(e -> e.kind() != ' ').count();
    for (int k = 0; k < edits.size(); k++) {
      if (!shown[k]) {
        continue;
      }
      if (k > 0 && !shown[k - 1]) {
        out.append("  ...\n");
      }
      if (printed == MAX_SHOWN) {
        out.append("  ... and ").append(remaining).append(" more differing lines\n");
        return;
      }
      Edit edit = edits.get(k);
      String e = edit.kind() == '+' ? "" : String.valueOf(firstNumber + edit.e());
      String a = edit.kind() == '-' ? "" : String.valueOf(firstNumber + edit.a());
      String text = edit.kind() == '+' ? actual.get(edit.a()) : expected.get(edit.e());
      out.append(String.format("%c %4s %4s | %s", edit.kind(), e, a, text)).append('\n');
      printed++;
      if (edit.kind() != ' ') {
        remaining--;
      }
    }
  }
}

package tlacheck.report;

import java.util.List;
import org.apache.commons.lang3.StringUtils;

/**
 * A plain-text table: columns padded to their widest cell, separated by {@code " | "}, with a
 * rule under the header row. Trailing blanks are dropped from every line.
 */
public final class TextTable {
  private TextTable() {}

  /** The table of {@code rows}, the first of which is the header; every row has the same length. */
  public static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == 0 ? "" : " | ").append(StringUtils.rightPad(rows.get(r)[i], widths[i]));
      }
      out.append(StringUtils.stripEnd(line.toString(), null)).append('\n');
      if (r == 0) {
        for (int i = 0; i < columns; i++) {
          out.append(i == 0 ? "" : "-+-").append(StringUtils.repeat('-', widths[i]));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}

package tlacheck.source;

/**
 * A range of characters {@code [start, end)} in a source file. Line and column are computed on
 * demand, so syntax trees stay small.
 */
public record Span(SourceFile file, int start, int end) {
  /** A span for things that have no source, e.g. values written in a Java-implemented module. */
  public static final Span NONE = new Span(new SourceFile("<builtin>", ""), 0, 0);

  public Span merge(Span other) {
    if (this == NONE) {
      return other;
    }
    if (other == NONE || other.file != file) {
      return this;
    }
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  public int line() {
    return file.line(start);
  }

  public int column() {
    return file.column(start);
  }

  public int endLine() {
    return file.line(Math.max(start, end - 1));
  }

  public int endColumn() {
    return file.column(Math.max(start, end - 1));
  }

  /** {@code Spec.tla:12:5}. */
  @Override
  public String toString() {
    return file.name() + ":" + line() + ":" + column();
  }

  /** TLC's location text: {@code line 3, col 5 to line 4, col 20 of module M}. */
  public String tlcLocation(String module) {
    return "line " + line() + ", col " + column() + " to line " + endLine() + ", col " + endColumn()
        + " of module " + module;
  }
}

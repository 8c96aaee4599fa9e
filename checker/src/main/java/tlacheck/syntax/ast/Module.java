package tlacheck.syntax.ast;

import java.util.List;
import tlacheck.source.Span;

/**
 * A module. {@code laterModules} are the modules that follow it in the same file (only the first
 * module of a file, the one named after it, has any): SANY and TLC let the first module use them
 * through EXTENDS and INSTANCE when the folder holds no file of that name. {@code extendsSpans}
 * holds, for each name of {@code extendsNames}, where it is written (errors about an extended
 * module point there).
 */
public record Module(String name, List<String> extendsNames, List<Span> extendsSpans, List<Unit> units,
    List<Module> laterModules, Span span) {
  public Module(String name, List<String> extendsNames, List<Span> extendsSpans, List<Unit> units, Span span) {
    this(name, extendsNames, extendsSpans, units, List.of(), span);
  }
}

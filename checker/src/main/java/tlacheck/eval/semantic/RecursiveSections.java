package tlacheck.eval.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Unit;

/**
 * SANY's rules for {@code RECURSIVE} declarations in a module (and in a LET): each operator
 * declared must be defined after it, with as many parameters; and between a RECURSIVE statement
 * and the definitions of all it declares (SANY's "recursive definition section") there may be no
 * CONSTANT, VARIABLE or ASSUME. Units are given in order with {@link #unit}, then {@link #end}.
 */
final class RecursiveSections {
  private record Declared(String name, int arity, Span at) {}

  private final BiConsumer<Span, String> report;
  /**
   * Declared and not yet defined, in the order declared. A name declared twice is two entries: a
   * definition answers the first, and the second (as in SANY) stays undefined.
   */
  private final List<Declared> pending = new ArrayList<>();

  RecursiveSections(BiConsumer<Span, String> report) {
    this.report = report;
  }

  void unit(Unit unit) {
    if (unit instanceof Unit.Recursive r) {
      for (Unit.Param p : r.names()) {
        pending.add(new Declared(p.name(), p.arity(), r.span()));
      }
    } else if (unit instanceof Unit.OpDef d) {
      for (int k = 0; k < pending.size(); k++) {
        Declared declared = pending.get(k);
        if (declared.name().equals(d.name())) {
          pending.remove(k);
          if (declared.arity() != d.params().size()) {
            report.accept(d.span(), "Definition of " + d.name() + " has different arity than its RECURSIVE"
                + " declaration (" + declared.arity() + " parameter(s) at line " + declared.at().line() + ", "
                + d.params().size() + " here)");
          }
          break;
        }
      }
    } else if (!pending.isEmpty()) {
      String what = unit instanceof Unit.Variables ? "A VARIABLE declaration"
          : unit instanceof Unit.Constants ? "A declaration" : unit instanceof Unit.Assume ? "An ASSUME" : null;
      if (what != null) {
        report.accept(unit.span(), what + " may not appear within a recursive definition section (after RECURSIVE "
            + String.join(", ", pending.stream().map(Declared::name).distinct().toList())
            + " and before the definition of each)");
      }
    }
  }

  void end() {
    for (Declared declared : pending) {
      report.accept(declared.at(), "Symbol " + declared.name() + " declared in RECURSIVE statement but not defined"
          + " (its definition must follow this RECURSIVE declaration)");
    }
  }
}

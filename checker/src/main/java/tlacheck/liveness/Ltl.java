package tlacheck.liveness;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.eval.temporal.TemporalAtom;
import tlacheck.eval.temporal.TemporalFormula;

/**
 * Linear temporal logic in negation normal form, the input of the {@link Tableau}: literals,
 * constants, binary and/or, until and release ({@code []F} is {@code FALSE R F}, {@code <>F} is
 * {@code TRUE U F}). Records compare structurally, so equal subformulas are recognised.
 */
sealed interface Ltl {
  /** An atom or its negation; {@code atom >= 0} is a state atom, {@code -1 - atom} an action atom. */
  record Lit(int atom, boolean positive) implements Ltl {
    Lit negated() {
      return new Lit(atom, !positive);
    }

    boolean isAction() {
      return atom < 0;
    }

    int actionIndex() {
      return -1 - atom;
    }
  }

  record Const(boolean value) implements Ltl {}

  record And(Ltl left, Ltl right) implements Ltl {}

  record Or(Ltl left, Ltl right) implements Ltl {}

  record Until(Ltl left, Ltl right) implements Ltl {}

  record Release(Ltl left, Ltl right) implements Ltl {}

  Const TRUE = new Const(true);
  Const FALSE = new Const(false);

  /** Numbers the atoms of formulas: state predicates and actions separately. */
  final class Atoms {
    final List<TemporalAtom> states;
    final List<TemporalAtom> actions;
    private final Map<TemporalAtom, Integer> ids = new IdentityHashMap<>();

    Atoms(List<TemporalAtom> states, List<TemporalAtom> actions) {
      this.states = states;
      this.actions = actions;
    }

    /** The literal id of an atom ({@code >= 0} state, {@code < 0} action), adding it if new. */
    int id(TemporalAtom atom) {
      Integer id = ids.get(atom);
      if (id == null) {
        if (atom.isAction()) {
          actions.add(atom);
          id = -actions.size();
        } else {
          states.add(atom);
          id = states.size() - 1;
        }
        ids.put(atom, id);
      }
      return id;
    }
  }

  /** The negation normal form of {@code f} (or of its negation when {@code negate}). */
  static Ltl of(TemporalFormula f, boolean negate, Atoms atoms) {
    if (f instanceof TemporalFormula.Atom a) {
      return new Lit(atoms.id(a.atom()), !negate);
    }
    if (f instanceof TemporalFormula.Constant c) {
      return new Const(c.value() != negate);
    }
    if (f instanceof TemporalFormula.Not n) {
      return of(n.inner(), !negate, atoms);
    }
    if (f instanceof TemporalFormula.And and) {
      return fold(and.items(), negate, !negate, atoms);
    }
    if (f instanceof TemporalFormula.Or or) {
      return fold(or.items(), negate, negate, atoms);
    }
    if (f instanceof TemporalFormula.Always a) {
      Ltl inner = of(a.inner(), negate, atoms);
      return negate ? new Until(TRUE, inner) : new Release(FALSE, inner);
    }
    TemporalFormula.Eventually e = (TemporalFormula.Eventually) f;
    Ltl inner = of(e.inner(), negate, atoms);
    return negate ? new Release(FALSE, inner) : new Until(TRUE, inner);
  }

  private static Ltl fold(List<TemporalFormula> items, boolean negate, boolean conjunction, Atoms atoms) {
    if (items.isEmpty()) {
      return new Const(conjunction);
    }
    Ltl result = of(items.get(items.size() - 1), negate, atoms);
    for (int i = items.size() - 2; i >= 0; i--) {
      Ltl item = of(items.get(i), negate, atoms);
      result = conjunction ? new And(item, result) : new Or(item, result);
    }
    return result;
  }
}

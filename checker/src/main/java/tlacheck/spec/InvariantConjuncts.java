package tlacheck.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import tlacheck.eval.CallNodes;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Node;

/**
 * An invariant split into its conjuncts, so that the search evaluates only those that may have
 * become false: most steps change a few variables, and a typing invariant has a conjunct per
 * variable.
 *
 * <ul>
 *   <li>In a successor, a conjunct that reads none of the variables the step changed has the
 *       value it had in the parent, where it held (a violation or an evaluation error stops the
 *       search, and an invariant once violated is not checked again).
 *   <li>In an initial state, a conjunct that is also a conjunct of the initial predicate holds
 *       already, if enumerating the initial states evaluated it (a test) or made it true by
 *       construction ({@code x \in S}, {@code x = e}). Checking an inductive invariant
 *       ({@code Init == Inv}) then costs nothing in the initial states.
 * </ul>
 *
 * <p>The remaining conjuncts are evaluated in order, as the conjunction would be, so the
 * verdict and any evaluation error are those of evaluating the whole invariant. Only pure
 * invariants (see {@link Compiler#impure}) are split: the others are evaluated whole.
 */
final class InvariantConjuncts {
  private final Node[] parts;
  /** Per part, the variables it reads (see {@link VariableReads}). */
  private final long[] reads;
  private final boolean[] impliedByInit;

  private InvariantConjuncts(Node[] parts, long[] reads, boolean[] impliedByInit) {
    this.parts = parts;
    this.reads = reads;
    this.impliedByInit = impliedByInit;
  }

  /**
   * @param pure whether the invariant's evaluation is a function of the state
   * @param initConjuncts the conjuncts of the initial predicate that hold in every initial state
   *     (see {@link #initialFacts})
   */
  static InvariantConjuncts of(Node invariant, boolean pure, Set<Node> initConjuncts) {
    if (!pure) {
      return new InvariantConjuncts(new Node[] {invariant}, new long[] {VariableReads.ALL}, new boolean[1]);
    }
    List<Node> list = new ArrayList<>();
    flatten(invariant, list);
    Node[] parts = list.toArray(new Node[0]);
    long[] reads = new long[parts.length];
    boolean[] implied = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      reads[i] = VariableReads.of(parts[i]);
      implied[i] = initConjuncts.contains(parts[i]);
    }
    return new InvariantConjuncts(parts, reads, implied);
  }

  /**
   * The conjuncts of a pure initial predicate that every initial state satisfies because the
   * enumeration evaluated them as tests or assigned a variable to make them true; empty if the
   * predicate is not pure.
   */
  static Set<Node> initialFacts(Node init, boolean pure) {
    if (init == null || !pure) {
      return Set.of();
    }
    List<Node> list = new ArrayList<>();
    flatten(init, list);
    Set<Node> facts = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node part : list) {
      boolean assignsVariable = part instanceof CoreNodes.In in && !in.negated && in.element instanceof CoreNodes.VarRef
          || part instanceof CoreNodes.Equals eq && !eq.negated && eq.left instanceof CoreNodes.VarRef;
      if (assignsVariable || part.onlyTestsInInit()) {
        facts.add(part);
      }
    }
    return facts;
  }

  /**
   * The conjuncts of a formula, through conjunctions and definitions without parameters whose
   * body is a conjunction (the enumeration of an initial predicate walks the same way, and the
   * evaluation errors of a conjunct are reported at the conjunct either way).
   */
  private static void flatten(Node node, List<Node> out) {
    if (node instanceof CoreNodes.And and) {
      for (Node item : and.items) {
        flatten(item, out);
      }
    } else if (node instanceof CallNodes.OpCall call && call.args.length == 0 && call.op.body instanceof CoreNodes.And) {
      flatten(call.op.body, out);
    } else {
      out.add(node);
    }
  }

  /** Whether the invariant holds in an initial state. */
  boolean holdsInitially(Context ctx) {
    for (int i = 0; i < parts.length; i++) {
      if (!impliedByInit[i] && !parts[i].evalBool(ctx, null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the invariant holds in a successor of a state where it held; {@code changed} has
   * the {@link VariableReads#bit} of every variable whose value may differ from the parent's.
   */
  boolean holdsAfterStep(Context ctx, long changed) {
    for (int i = 0; i < parts.length; i++) {
      if ((reads[i] & changed) != 0 && !parts[i].evalBool(ctx, null)) {
        return false;
      }
    }
    return true;
  }
}

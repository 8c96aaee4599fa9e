package tlacheck.eval;

import java.util.List;
import tlacheck.value.Value;

/**
 * A successor that the next-state relation leaves without a value for some variable. As TLC
 * does, the search stops there: the successor counts as generated, and the trace ends with it,
 * its unassigned variables shown as {@code null}, labelled with the action that produced it.
 */
public final class IncompleteSuccessor extends EvalException {
  private final transient Value[] state;
  private final ActionCall action;
  private final List<String> unassigned;

  /**
   * @param state the successor as far as it was assigned (null slots unassigned); owned by this error
   * @param action the action that produced it, or null if labels were not recorded
   * @param unassigned the names of the variables without a value, in declaration order
   */
  public IncompleteSuccessor(Value[] state, ActionCall action, List<String> unassigned) {
    this(state, action, unassigned, false);
  }

  private IncompleteSuccessor(Value[] state, ActionCall action, List<String> unassigned, boolean onlyAction) {
    super(action == null ? null : action.span(), message(action, unassigned, onlyAction));
    this.state = state;
    this.action = action;
    this.unassigned = List.copyOf(unassigned);
  }

  /** The same error for a next-state relation that is one action: TLC then says "the next-state action". */
  public IncompleteSuccessor ofOnlyAction() {
    return new IncompleteSuccessor(state, action, unassigned, true);
  }

  private static String message(ActionCall action, List<String> unassigned, boolean onlyAction) {
    String by = onlyAction ? "the next-state action"
        : action == null ? "the next-state relation" : "action " + action.name() + " of the next-state relation";
    return "Successor state is not completely specified by " + by + ". The following variable"
        + (unassigned.size() == 1 ? " is" : "s are") + " not assigned: " + String.join(", ", unassigned) + ".";
  }

  /** The successor as far as it was assigned: a null slot has no value. */
  public Value[] state() {
    return state.clone();
  }

  /** The action that produced it, or null if labels were not recorded when it was met. */
  public ActionCall action() {
    return action;
  }
}

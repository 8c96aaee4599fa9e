package tlacheck.eval;

import tlacheck.value.Value;

/**
 * What an expression reads besides its local bindings: the current state and, while a next-state
 * relation is evaluated, the (partly assigned) next state. A null slot means "not assigned yet".
 */
public final class Context {
  public Value[] current;
  public Value[] next;
  public final RunServices runtime;
  /**
   * Whether this is the view in which a primed expression is evaluated. A lazily bound operator
   * argument keeps its value only when computed outside such a view: the same argument denotes a
   * different value primed ({@code q'} for a parameter q bound to {@code msgQ} is {@code msgQ'}).
   */
  final boolean primed;
  /**
   * Whether {@link #current} is a complete state that will not change while it is current (not
   * the partly assigned state of an initial-predicate enumeration): then a state-level
   * definition's value may be kept for it (see CallNodes.OpCall).
   */
  public boolean stable;
  private Context primedView;

  public Context(Value[] current, Value[] next, RunServices runtime) {
    this(current, next, runtime, false);
  }

  private Context(Value[] current, Value[] next, RunServices runtime, boolean primed) {
    this.current = current;
    this.next = next;
    this.runtime = runtime;
    this.primed = primed;
  }

  /** The context in which {@code e'} is evaluated: the next state becomes the current one. */
  Context primed() {
    if (primedView == null || primedView.current != next) {
      primedView = new Context(next, null, runtime, true);
    }
    return primedView;
  }
}

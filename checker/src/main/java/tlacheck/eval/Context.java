package tlacheck.eval;

import tlacheck.value.Value;

/**
 * What an expression reads besides its local bindings: the current state and, while a next-state
 * relation is evaluated, the (partly assigned) next state. A null slot means "not assigned yet".
 */
final class Context {
  Value[] current;
  Value[] next;
  final Runtime runtime;
  private Context primedView;

  Context(Value[] current, Value[] next, Runtime runtime) {
    this.current = current;
    this.next = next;
    this.runtime = runtime;
  }

  /** The context in which {@code e'} is evaluated: the next state becomes the current one. */
  Context primed() {
    if (primedView == null || primedView.current != next) {
      primedView = new Context(next, null, runtime);
    }
    return primedView;
  }
}

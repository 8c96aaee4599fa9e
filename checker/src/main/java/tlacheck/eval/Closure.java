package tlacheck.eval;

/**
 * An operator passed as an argument to a higher-order operator ({@code F(_)} parameters), or a
 * LET-defined operator with parameters: its body and the bindings it was defined in.
 */
final class Closure {
  final String name;
  final int arity;
  final Node body;
  final Env env;
  /** For built-in operators passed as arguments (e.g. {@code +}): evaluated directly. */
  final BuiltinFunction builtin;

  Closure(String name, int arity, Node body, Env env) {
    this.name = name;
    this.arity = arity;
    this.body = body;
    this.env = env;
    this.builtin = null;
  }

  Closure(String name, int arity, BuiltinFunction builtin) {
    this.name = name;
    this.arity = arity;
    this.body = null;
    this.env = null;
    this.builtin = builtin;
  }

  /** A built-in operator as a function of evaluated arguments. */
  interface BuiltinFunction {
    tlacheck.value.Value apply(tlacheck.value.Value[] args);
  }
}

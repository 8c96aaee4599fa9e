package tlacheck.eval;

/**
 * An operator passed as an argument to a higher-order operator ({@code F(_)} parameters), or a
 * LET-defined operator with parameters: its body and the bindings it was defined in.
 */
public final class Closure {
  public final String name;
  final int arity;
  /** The names of the parameters of a LET-defined operator (for trace labels), else null. */
  public final String[] paramNames;
  public final Node body;
  public final Env env;
  /** For built-in operators passed as arguments (e.g. {@code +}): evaluated directly. */
  public final BuiltinFunction builtin;

  public Closure(String name, int arity, Node body, Env env) {
    this(name, arity, null, body, env);
  }

  public Closure(String name, int arity, String[] paramNames, Node body, Env env) {
    this.name = name;
    this.arity = arity;
    this.paramNames = paramNames;
    this.body = body;
    this.env = env;
    this.builtin = null;
  }

  public Closure(String name, int arity, BuiltinFunction builtin) {
    this.name = name;
    this.arity = arity;
    this.paramNames = null;
    this.body = null;
    this.env = null;
    this.builtin = builtin;
  }

  /** A built-in operator as a function of evaluated arguments. */
  public interface BuiltinFunction {
    tlacheck.value.Value apply(tlacheck.value.Value[] args);
  }
}

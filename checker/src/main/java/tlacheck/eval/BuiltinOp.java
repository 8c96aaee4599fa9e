package tlacheck.eval;

import tlacheck.source.Span;

/**
 * An operator of a standard module implemented in Java, as a module's scope lists it.
 *
 * @param paramArities per parameter, 0 for a value and n for an operator of n arguments
 * @param factory builds the node for one application
 * @param function the operator as a function of values, when it can be passed as an argument
 * @param level STATE for operators whose value may change between calls (no caching)
 */
public record BuiltinOp(String name, int[] paramArities, Factory factory, Closure.BuiltinFunction function, int level) {
  /** Builds the node for one application; {@code opArgs[i]} is set for operator parameters. */
  public interface Factory {
    Node make(Span span, Node[] args, CallNodes.OperatorArg[] opArgs);
  }

  public int arity() {
    return paramArities.length;
  }
}

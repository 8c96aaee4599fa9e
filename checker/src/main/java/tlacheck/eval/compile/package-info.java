/**
 * The compiler: turns syntax into {@link tlacheck.eval.Node}s, resolving every name once (to a
 * variable slot, a local depth, a definition or a built-in) so that evaluation never looks a name
 * up, folding constant subexpressions, and judging which definitions are pure. References through
 * instances and positional subexpressions ({@code N!Op}, {@code Inv!2}) are resolved here too.
 * It imports {@code eval} and the evaluator rooms whose nodes it makes ({@code eval.stdlib},
 * {@code eval.enumerate}, {@code eval.temporal}), never the loader or the engine.
 */
package tlacheck.eval.compile;

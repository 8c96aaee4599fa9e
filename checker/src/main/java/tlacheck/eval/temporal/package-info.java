/**
 * Temporal formulas: their compiled operators ({@code []}, {@code <>}, {@code ~>}, WF/SF,
 * ENABLED), the translation of PROPERTY conjuncts and of the SPECIFICATION's fairness into
 * formulas over atoms, and the atoms themselves (state predicates and actions evaluated on the
 * state graph). It imports {@code eval} and {@code eval.enumerate} (ENABLED enumerates
 * successors); the liveness checker consumes what it makes.
 */
package tlacheck.eval.temporal;

/**
 * The compiled program and the runtime it evaluates in: {@link tlacheck.eval.Node} and its
 * families (core logic and binders, calls, data constructors, instances), the
 * {@link tlacheck.eval.Context} of the current and next state, the chain of local bindings
 * ({@link tlacheck.eval.Env}), user operators ({@link tlacheck.eval.UserOp}) and module scopes,
 * lazily evaluated arguments, per-state caches, and the guard analyses that nodes use to skip
 * work ({@link tlacheck.eval.GuardDispatch}, {@link tlacheck.eval.GuardPrecheck}).
 *
 * <p>It imports only {@code source}, {@code value} and {@code syntax.ast} (a user operator
 * remembers the definition it was compiled from). Everything else of the evaluator sits above
 * it: the standard modules ({@code eval.stdlib}), module loading ({@code eval.semantic}), the
 * compiler ({@code eval.compile}), successor enumeration ({@code eval.enumerate}) and temporal
 * formulas ({@code eval.temporal}); {@code spec} is the door to all of it.
 */
package tlacheck.eval;

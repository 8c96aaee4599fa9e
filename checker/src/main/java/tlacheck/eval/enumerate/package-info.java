/**
 * Enumerating states the way TLC does: the initial states that satisfy the initial predicate,
 * the successors of a state under the next-state relation, the initial states of one part when
 * they are split between workers, and whether an action is enabled.
 *
 * <ul>
 *   <li>{@link tlacheck.eval.enumerate.ActionEnumerator}: the entry points, used by the compiled
 *       specification ({@code tlacheck.spec}) and by {@code ENABLED} ({@code tlacheck.eval.temporal}).
 *   <li>{@link tlacheck.eval.enumerate.ConjunctWalk}: the conjunct-continuation walk itself.
 *   <li>{@link tlacheck.eval.enumerate.ParameterAssignment}: assignments through operator
 *       parameters, decided per state.
 *   <li>{@link tlacheck.eval.enumerate.InitialSplit}: numbering the choices of the initial
 *       predicate to split its states between workers.
 * </ul>
 *
 * <p>What may be imported here: {@code tlacheck.eval} (the compiled program and its runtime:
 * nodes, environments, contexts, labels), {@code tlacheck.value}, {@code tlacheck.source} (spans
 * for errors) and the JDK. Enumeration runs a compiled program; it does not compile, load
 * modules or know the checker around it. In particular it does not analyse formulas: what each
 * node is and whether it can only test was decided when the specification was compiled
 * ({@code tlacheck.eval.compile.ShapeAnalysis}) and is read from the node, so the search does no
 * work that depends only on the specification, and nothing here changes a node.
 */
package tlacheck.eval.enumerate;

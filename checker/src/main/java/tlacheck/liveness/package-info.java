/**
 * Temporal properties, checked as TLC checks them: the state graph with its edges (recorded
 * during the safety search, or explored again), the atoms of the properties evaluated once per
 * state and step, a tableau automaton per negated property, and a search for a fair accepting
 * cycle, reported as a lasso. It imports {@code mc} (models, results), {@code spec} and
 * {@code eval.temporal} (the properties and their atoms).
 */
package tlacheck.liveness;

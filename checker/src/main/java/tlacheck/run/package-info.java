/**
 * The pipeline, the one home of a run: load, assumptions, search, temporal properties, ALIAS and
 * POSTCONDITION, ending in a sealed {@link tlacheck.run.Outcome}. Here too is the adapter that
 * shows a compiled spec to the engine as a {@code Model}: the one place where the evaluator and the
 * engine meet. Every command ({@code check}, {@code suite}, {@code bench}) runs specs through it,
 * so they cannot drift apart. It imports {@code spec}, {@code liveness}, {@code mc},
 * {@code config} and the evaluator's thread and error types; it prints nothing.
 */
package tlacheck.run;

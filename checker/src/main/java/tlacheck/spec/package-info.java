/**
 * The door to the evaluator: {@link tlacheck.spec.SpecLoader} loads a spec with a model
 * configuration (binding constants, resolving the behaviour, compiling every formula) into a
 * {@link tlacheck.spec.CompiledSpec}, which the pipeline adapts to the engine and the liveness
 * checker reads: initial states, successors, invariants, constraints, fingerprints under VIEW and
 * SYMMETRY, ALIAS and POSTCONDITION. It imports {@code config} and every {@code eval} room;
 * nothing below it knows the configuration.
 */
package tlacheck.spec;

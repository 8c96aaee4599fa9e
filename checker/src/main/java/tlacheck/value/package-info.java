/**
 * TLA+ values as TLC has them: integers, strings, booleans, model values, sets (listed in a
 * canonical order, or kept symbolic when infinite or huge: {@code Nat}, {@code SUBSET S},
 * {@code [S -> T]}), functions, records and tuples; their equality, order, printing and stable
 * 64-bit fingerprints; and {@link tlacheck.value.States}, what every layer computes of a state
 * (an array of values). Values are immutable, so states can share them. It imports only
 * {@code source}: values know nothing of the syntax or evaluator that makes them, so the engine
 * can hold them without knowing TLA+.
 */
package tlacheck.value;

/**
 * The standard modules implemented in Java: one file per module (Naturals, Integers, Sequences,
 * FiniteSets, Tlc for TLC, TlcExt for TLCExt, Bags), each defining its operators into an
 * {@link tlacheck.eval.stdlib.OperatorTable}, with the nodes of the operators that need their own
 * (Print, SelectSeq, BagOfAll, ...). {@link tlacheck.eval.stdlib.StandardModules} is the one
 * public door: the module loader, the compiler and CompiledSpec look modules up there by name.
 * CommunityModules and TLC's other modules follow the same pattern (SequencesExt, Functions,
 * FiniteSetsExt, Folds, BagsExt, Relation, Bitwise, Graphs, UndirectedGraphs, DyadicRationals,
 * Svg, IoUtils, Json, Csv, Statistics, VectorClocks, Combinatorics, Randomization, Reals,
 * RealTime), with helpers of their own: operators that take operator arguments (HigherOrder),
 * sets tested before they are listed (LazySet), SequencesExt's sets of sequences and
 * subsequence searches (SequenceSets, SubSequences), the graph searches (Adjacency,
 * PathSet, GraphRecord), JSON text (JsonValues), TLC's binary value format (TlcBinaryFormat),
 * IOUtils' commands (Commands) and a module's EXTENDS of modules that may not be registered
 * (ModuleExtends).
 *
 * <p>It may import only {@code tlacheck.eval} (the nodes, contexts and {@code BuiltinOp} that an
 * operator is built from), {@code tlacheck.value}, {@code tlacheck.source} and the JDK. A
 * standard module is a leaf of the evaluator: it knows how to compute its operators, not how
 * specs are loaded, compiled, enumerated or checked, so it must not depend on
 * {@code eval.semantic}, {@code eval.compile}, {@code eval.enumerate}, {@code spec}, {@code mc}
 * or the CLI, which depend on it. That keeps the dependency one way, and lets a module be added
 * (or changed) without reading anything beyond the runtime it evaluates in.
 */
package tlacheck.eval.stdlib;

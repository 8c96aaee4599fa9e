/**
 * The syntax tree: modules, units (definitions, declarations, instances, assumptions, theorems)
 * and expressions, as immutable records that carry their spans. It imports only {@code source}.
 */
package tlacheck.syntax.ast;

/**
 * Text to syntax tree: the lexer, the parser (with the layout rules of bulleted {@code /\} and
 * {@code \/} lists) and the table of operators. Every node carries its span; errors are collected
 * and reported together, resynchronising at unit boundaries. It imports only {@code source} and
 * its own {@code ast}: parsing needs no knowledge of meaning.
 */
package tlacheck.syntax;

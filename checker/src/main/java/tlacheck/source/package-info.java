/**
 * Source text and where things are in it: {@link tlacheck.source.SourceFile} (a file's name
 * and lines), {@link tlacheck.source.Span} (a range, printed as {@code file:line:col}) and
 * {@link tlacheck.source.TlaError}, the one error type for problems with the user's input, whose
 * kind decides the exit code. It imports nothing of the project: every other package may report
 * an error at a place in the text.
 */
package tlacheck.source;

/**
 * Results for people and tools: TLC's text (traces, lassos, statistics), JSON, JUnit XML, the
 * Informal Trace Format, a thread-per-column text view, stories and an HTML sequence diagram. It
 * imports only {@code mc} (results and traces), {@code value} and {@code source}: a new output
 * format needs nothing of the evaluator.
 */
package tlacheck.report;

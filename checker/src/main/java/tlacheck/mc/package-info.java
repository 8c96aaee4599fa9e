/**
 * The engine: breadth-first exploration of a {@link tlacheck.mc.Model}'s state graph, in
 * parallel yet with the same answer for every number of workers, with a compact set of seen
 * fingerprints, a parent index on disk and traces rebuilt by replay. It returns a
 * {@link tlacheck.mc.CheckResult} and prints nothing.
 *
 * <p>It imports only {@code value} and {@code source} (and fastutil): it knows no TLA+. Action
 * labels are its own plain record, how to make worker threads and which failures are the
 * model's come in through {@link tlacheck.mc.CheckOptions}, so it can be tested with small Java
 * models.
 */
package tlacheck.mc;

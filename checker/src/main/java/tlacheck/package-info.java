/**
 * tlacheck: an explicit-state model checker for TLA+. {@link tlacheck.Main} is the process entry
 * point: it runs the command line ({@code cli}) on a thread with a deep stack (evaluation recurses
 * as the spec does) and turns an internal failure into exit code 255 without a stack trace unless
 * {@code --debug}. The way a spec flows through the packages is described in docs/ARCHITECTURE.md;
 * PackageArrowsTest enforces which package may use which.
 */
package tlacheck;

/**
 * The command line: {@code check}, {@code suite}, {@code bench} and {@code parse}, their options
 * (TLC's spellings among them) and TLC's exit codes. Commands run specs through the
 * {@code run} pipeline and print its outcome with {@code report}. It is the only package that
 * writes to the console.
 */
package tlacheck.cli;

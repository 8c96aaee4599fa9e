package tlacheck.mc;

/**
 * Counts in TLC's sense: {@code generated} counts every initial state and every successor
 * computed (duplicates included); {@code distinct} the states found; {@code depth} the number of
 * breadth-first levels (initial states are level 1).
 */
public record Stats(long generated, long distinct, long leftOnQueue, int depth, double seconds) {}

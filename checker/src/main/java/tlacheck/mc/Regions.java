package tlacheck.mc;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Hands out a level's chunks to its workers. Worker w takes, in order, the chunks of the w-th
 * of as many contiguous regions as there are workers, then what is left of the others. A level
 * lists its states in the order of their parents, so the states worker w generates from region
 * w make up, give or take a chunk, region w of the next level: each worker mostly expands
 * states whose values it built itself, still in its core's cache, instead of reading the other
 * core's (with a shared counter, neighbouring chunks went to different workers).
 */
final class Regions {
  private final AtomicIntegerArray next;
  private final int[] end;

  Regions(int chunks, int workers) {
    next = new AtomicIntegerArray(workers);
    end = new int[workers];
    for (int r = 0; r < workers; r++) {
      next.set(r, (int) ((long) chunks * r / workers));
      end[r] = (int) ((long) chunks * (r + 1) / workers);
    }
  }

  /** The next chunk for worker w, or -1 if none is left. */
  int claim(int w) {
    int regions = end.length;
    for (int i = 0; i < regions; i++) {
      int r = (w + i) % regions;
      if (next.get(r) < end[r]) {
        int c = next.getAndIncrement(r);
        if (c < end[r]) {
          return c;
        }
      }
    }
    return -1;
  }
}

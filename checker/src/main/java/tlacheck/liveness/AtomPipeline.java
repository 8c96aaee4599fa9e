package tlacheck.liveness;

import tlacheck.value.Value;

/**
 * Hands the structure's requests, in batches and in order, to a second thread that serves them
 * with its own {@link AtomBits}: the search and the atoms then use both cores. The queue is
 * bounded, so the search waits rather than keeping too many states alive.
 */
final class AtomPipeline implements AtomSink {
  private static final int BATCH = 512;
  private static final int NODE = 0;
  private static final int INITIAL = 1;
  private static final int EDGE = 2;
  private static final int EXPANDED = 3;

  private static final class Batch {
    final byte[] kinds = new byte[BATCH];
    final int[] numbers = new int[BATCH];
    final long[] fingerprints = new long[BATCH];
    final Value[][] states = new Value[BATCH][];
    final Value[][] successors = new Value[BATCH][];
    int size;
    boolean last;
  }

  private final AtomBits bits;
  private final java.util.concurrent.BlockingQueue<Batch> full = new java.util.concurrent.ArrayBlockingQueue<>(16);
  private final java.util.concurrent.BlockingQueue<Batch> empty = new java.util.concurrent.LinkedBlockingQueue<>();
  private final Thread thread;
  private Batch current = new Batch();
  /** Anything the atom thread threw besides evaluation errors (a bug, or memory). */
  private volatile Throwable crash;

  AtomPipeline(AtomBits bits) {
    this.bits = bits;
    this.thread = tlacheck.eval.EvalThreads.thread(this::serve, "tlacheck-atoms");
    thread.start();
  }

  private void serve() {
    try {
      while (true) {
        Batch b = full.take();
        for (int i = 0; i < b.size && !bits.stop; i++) {
          switch (b.kinds[i]) {
            case NODE -> bits.node(b.states[i]);
            case INITIAL -> bits.initial(b.numbers[i], b.states[i]);
            case EXPANDED -> bits.expanded(b.numbers[i], b.states[i]);
            default -> bits.edge(b.numbers[i], b.states[i], b.successors[i], b.fingerprints[i]);
          }
        }
        if (b.last) {
          return;
        }
        java.util.Arrays.fill(b.states, 0, b.size, null);
        java.util.Arrays.fill(b.successors, 0, b.size, null);
        b.size = 0;
        empty.add(b);
      }
    } catch (Throwable t) {
      crash = t;
      bits.stop = true;
    }
  }

  private void add(int kind, int number, Value[] state, Value[] successor, long fp) {
    Batch b = current;
    int i = b.size++;
    b.kinds[i] = (byte) kind;
    b.numbers[i] = number;
    b.states[i] = state;
    b.successors[i] = successor;
    b.fingerprints[i] = fp;
    if (b.size == BATCH) {
      hand(b);
      Batch next = empty.poll();
      current = next != null ? next : new Batch();
    }
  }

  private void hand(Batch b) {
    try {
      while (!full.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive()) {
          return; // It stopped (crashed): drain() reports why.
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing states to the atom thread", e);
    }
  }

  @Override
  public void node(Value[] state) {
    add(NODE, 0, state, null, 0);
  }

  @Override
  public void initial(int node, Value[] state) {
    add(INITIAL, node, state, null, 0);
  }

  @Override
  public void edge(int from, Value[] state, Value[] successor, long fp) {
    add(EDGE, from, state, successor, fp);
  }

  @Override
  public void expanded(int node, Value[] state) {
    add(EXPANDED, node, state, null, 0);
  }

  @Override
  public boolean stopped() {
    return bits.stop;
  }

  @Override
  public AtomBits drain() {
    current.last = true;
    hand(current);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the atom thread", e);
    }
    if (crash instanceof RuntimeException r) {
      throw r;
    }
    if (crash instanceof Error err) {
      throw err;
    }
    return bits.drain();
  }
}

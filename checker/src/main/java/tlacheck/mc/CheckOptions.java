package tlacheck.mc;

import java.util.concurrent.ThreadFactory;

/**
 * How to explore.
 *
 * @param checkDeadlock report a state without successors
 * @param allProperties keep exploring after a violation, recording the first (shortest)
 *     violation of every invariant and of deadlock
 * @param workers worker threads
 * @param threads makes the worker threads (a model may need, say, a deep stack)
 * @param errors tells the model's failures from the engine's own
 */
public record CheckOptions(boolean checkDeadlock, boolean allProperties, int workers, ThreadFactory threads,
    ModelError.Classifier errors) {
  public CheckOptions {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    if (threads == null || errors == null) {
      throw new IllegalArgumentException("threads and errors must be given");
    }
  }

  /** Options for a model whose failures are {@link ModelError#PLAIN}, on plain daemon threads. */
  public static CheckOptions of(boolean checkDeadlock, boolean allProperties, int workers) {
    return new CheckOptions(checkDeadlock, allProperties, workers, DAEMONS, ModelError.PLAIN);
  }

  public CheckOptions withThreads(ThreadFactory factory) {
    return new CheckOptions(checkDeadlock, allProperties, workers, factory, errors);
  }

  public CheckOptions withErrors(ModelError.Classifier classifier) {
    return new CheckOptions(checkDeadlock, allProperties, workers, threads, classifier);
  }

  private static final ThreadFactory DAEMONS = task -> {
    Thread t = new Thread(task);
    t.setDaemon(true);
    return t;
  };
}

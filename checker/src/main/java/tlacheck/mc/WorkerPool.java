package tlacheck.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The search's workers: worker 0 is the coordinating thread, the others come from a pool made on
 * first need. Each worker has its own {@link Model} (a model keeps scratch state and caches, so
 * models are not shared), made by the factory on that worker's thread.
 *
 * <p>A failure in one worker sets {@link #aborted}, which the others poll to stop early, and is
 * rethrown to the coordinator once every worker of the phase has returned.
 */
final class WorkerPool implements AutoCloseable {
  private final Supplier<Model> factory;
  private final Model[] models;
  private final ThreadFactory threads;
  private ExecutorService pool;
  private volatile boolean abort;

  WorkerPool(Model first, Supplier<Model> factory, int workers, ThreadFactory threads) {
    this.factory = factory;
    this.models = new Model[workers];
    this.models[0] = first;
    this.threads = threads;
  }

  int workers() {
    return models.length;
  }

  /** Worker {@code w}'s model, made on first use (call from that worker's thread). */
  Model modelOf(int w) {
    Model m = models[w];
    if (m == null) {
      m = factory.get();
      models[w] = m;
    }
    return m;
  }

  boolean aborted() {
    return abort;
  }

  void abort() {
    abort = true;
  }

  /** Clears the abort flag after a phase whose failure the caller has handled. */
  void resume() {
    abort = false;
  }

  /** Runs {@code task(w)} for w in 0..n-1, task 0 in this thread, and waits for all. */
  void parallel(int n, IntConsumer task) {
    if (n == 1) {
      task.accept(0);
      return;
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(models.length - 1, r -> {
        Thread t = threads.newThread(r);
        t.setName("tlacheck-worker");
        // A task's failure reaches the coordinator through its Future; an error outside a task
        // (the pool itself out of memory) must not print a stack trace over the report.
        t.setUncaughtExceptionHandler((thread, e) -> abort = true);
        return t;
      });
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 1; w < n; w++) {
      int worker = w;
      futures.add(pool.submit(() -> task.accept(worker)));
    }
    Throwable failure = null;
    try {
      task.accept(0);
    } catch (Throwable t) {
      abort = true;
      failure = t;
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        abort = true;
        if (failure == null) {
          failure = e.getCause();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abort = true;
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

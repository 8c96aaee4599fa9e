package tlacheck.eval;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * Threads that evaluate specifications get a deep stack. The evaluator recurses as the spec
 * does: a RECURSIVE definition applied to n recurses n levels deep, each a few Java frames. A
 * Java thread's default stack (1 MiB) ended between 1,000 and 3,000 such levels ({@code Sum(3000)}
 * failed); with {@value #STACK_MIB} MiB, 200,000 levels evaluate. A thread's stack is only
 * reserved address space until it is used, so the size costs nothing unless a recursion does go
 * deep; a recursion without a base case fills it before it is reported (about 1.5 s and 200 MB
 * resident here; 256 MiB took 5 s, as the error unwinds every frame).
 */
public final class EvalThreads {
  static final int STACK_MIB = 64;
  private static final long STACK_BYTES = (long) STACK_MIB << 20;

  private EvalThreads() {}

  /** A daemon thread with a deep stack, not started. */
  public static Thread thread(Runnable task, String name) {
    Thread t = new Thread(null, task, name, STACK_BYTES);
    t.setDaemon(true);
    return t;
  }

  /**
   * Runs {@code task} on a thread with a deep stack and returns its result, for a caller whose
   * own stack may be small (the JVM's main thread). Errors and runtime exceptions are rethrown.
   */
  public static int call(IntSupplier task) {
    int[] result = new int[1];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = thread(() -> {
      try {
        result[0] = task.getAsInt();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, Thread.currentThread().getName());
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return result[0];
  }
}

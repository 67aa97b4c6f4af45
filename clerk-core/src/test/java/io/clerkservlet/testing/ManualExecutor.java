package io.clerkservlet.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that only queues; the test runs the queued tasks when it chooses. */
public final class ManualExecutor implements Executor {
  private final Deque<Runnable> queued = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable task) {
    queued.add(task);
  }

  /** Tasks waiting to run. */
  public synchronized int pending() {
    return queued.size();
  }

  /** Runs every queued task (and any they queue) in this thread; returns how many ran. */
  public int runAll() {
    int ran = 0;
    for (Runnable next; (next = poll()) != null; ran++) {
      next.run();
    }
    return ran;
  }

  private synchronized Runnable poll() {
    return queued.poll();
  }
}

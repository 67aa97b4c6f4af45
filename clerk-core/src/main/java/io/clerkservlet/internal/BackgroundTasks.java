package io.clerkservlet.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background threads of one {@code ClerkClient}: call-deadline timers and key refreshes. At most
 * {@link #THREADS} daemon threads named {@code clerk-background-N}, started on first use and ended
 * after {@link #IDLE_SECONDS} idle, so an idle client holds none; {@link #close()} ends them at once
 * (a web application's undeploy then finds no thread of ours).
 */
public final class BackgroundTasks implements AutoCloseable {
  /** Threads: one may run a key refresh (at most one runs at a time) while the other fires timers. */
  static final int THREADS = 2;
  /** Seconds an idle thread lives. */
  static final long IDLE_SECONDS = 30;
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final ScheduledThreadPoolExecutor executor;

  /** Creates the pool; no thread starts until a task is submitted. */
  public BackgroundTasks() {
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "clerk-background-" + NAMES.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    executor = new ScheduledThreadPoolExecutor(THREADS, threads);
    executor.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Runs {@code task} after {@code delayMillis}; cancel the returned future when it is no longer
   * needed. After {@link #close()} the task never runs.
   */
  public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    return executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code task} soon on a background thread.
   *
   * @throws java.util.concurrent.RejectedExecutionException when the pool is closed
   */
  public void execute(Runnable task) {
    executor.execute(task);
  }

  /** Stops every thread: running tasks are interrupted, pending ones dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

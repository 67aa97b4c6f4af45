package io.clerkservlet.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background threads of one {@code ClerkClient}: one thread that only fires call-deadline timers
 * (it never blocks, so a deadline always fires) and at most {@link #REFRESH_THREADS} that run key
 * refreshes (which block on the network). Daemon threads named {@code clerk-background-N}, started on
 * first use and ended after {@link #IDLE_SECONDS} idle, so an idle client holds none; {@link #close()}
 * ends them at once (a web application's undeploy then finds no thread of ours). Refreshes beyond the
 * limit wait in a queue; each refresh ends by its own call deadline.
 */
public final class BackgroundTasks implements AutoCloseable {
  /** Threads that run key refreshes (one per secret key at most, each bounded by its call deadline). */
  static final int REFRESH_THREADS = 1;
  /** Seconds an idle thread lives. */
  static final long IDLE_SECONDS = 30;
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** How long {@link #close()} waits for each of its threads to be gone. */
  static final long CLOSE_WAIT_MILLIS = 2_000;

  /** Every thread started and not yet seen dead: close() joins them (a pool reports itself terminated
   * while its last worker is still exiting, and a container's leak check looks at once). */
  private final Set<Thread> started = ConcurrentHashMap.newKeySet();
  private final ScheduledThreadPoolExecutor timers = pool(1);
  private final ScheduledThreadPoolExecutor refreshes = pool(REFRESH_THREADS);

  private ScheduledThreadPoolExecutor pool(int threads) {
    ClassLoader ours = BackgroundTasks.class.getClassLoader();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "clerk-background-" + NAMES.incrementAndGet());
      t.setDaemon(true);
      t.setContextClassLoader(ours);
      started.removeIf(old -> !old.isAlive());
      started.add(t);
      return t;
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, factory);
    executor.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return executor;
  }

  /**
   * Runs {@code task} (which must not block) after {@code delayMillis} on the timer thread; cancel the returned future when it is no longer
   * needed. After {@link #close()} the task never runs.
   */
  public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    return timers.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code task} soon on a refresh thread.
   *
   * @throws java.util.concurrent.RejectedExecutionException when the pool is closed
   */
  public void execute(Runnable task) {
    refreshes.execute(task);
  }

  /** Stops every thread and waits until each is gone: running tasks are interrupted, pending ones dropped. */
  @Override
  public void close() {
    timers.shutdownNow();
    refreshes.shutdownNow();
    try {
      timers.awaitTermination(1, TimeUnit.SECONDS);
      refreshes.awaitTermination(2, TimeUnit.SECONDS);
      for (Thread t : started) {
        if (t != Thread.currentThread()) {
          t.join(CLOSE_WAIT_MILLIS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

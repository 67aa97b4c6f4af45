package io.clerkservlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
  @Test
  void whenRefreshesBlockThenDeadlineTimersStillFire() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch fired = new CountDownLatch(1);
    try (BackgroundTasks tasks = new BackgroundTasks()) {
      for (int i = 0; i < 3; i++) {
        tasks.execute(() -> {
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      tasks.schedule(fired::countDown, 10);
      assertThat(fired.await(30, TimeUnit.SECONDS)).as("timer fired while refreshes block").isTrue();
    }
  }

  @Test
  void whenClosedThenNoThreadRemainsAndBlockedRefreshesAreInterrupted() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    BackgroundTasks tasks = new BackgroundTasks();
    java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
    tasks.execute(() -> {
      worker.set(Thread.currentThread());
      started.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
    });
    tasks.schedule(() -> { }, 60_000);
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    tasks.close();
    assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
    worker.get().join(30_000);
    assertThat(worker.get().isAlive()).isFalse();
  }
}

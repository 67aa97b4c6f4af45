package io.clerkservlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
    AtomicReference<Thread> worker = new AtomicReference<>();
    AtomicReference<Thread> timer = new AtomicReference<>();
    CountDownLatch timerRan = new CountDownLatch(1);
    tasks.schedule(() -> {
      timer.set(Thread.currentThread());
      timerRan.countDown();
    }, 0);
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
    assertThat(timerRan.await(30, TimeUnit.SECONDS)).isTrue();
    tasks.close();
    // At once, as a container's leak check looks right after the application stops.
    assertThat(worker.get().isAlive()).as("refresh thread alive after close()").isFalse();
    assertThat(timer.get().isAlive()).as("timer thread alive after close()").isFalse();
    assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
  }
}

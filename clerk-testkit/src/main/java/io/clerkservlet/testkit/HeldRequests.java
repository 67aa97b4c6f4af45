package io.clerkservlet.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The requests one {@link Faults#holdNext hold} or {@link Faults#dribbleNext dribble} fault keeps
 * open in the fake: how many are kept now, how many it has kept in all, and the most at once.
 * Counts only, no clocks: for example "every session request completed while the JWKS request was
 * still held". Thread-safe.
 */
public final class HeldRequests {
  private final Faults faults;
  private int now;
  private int inAll;
  private int mostAtOnce;
  private boolean released;

  HeldRequests(Faults faults) {
    this.faults = faults;
  }

  /** Requests kept open right now (held, or still being dribbled). */
  public synchronized int heldNow() {
    return now;
  }

  /** Requests this fault has kept in all, answered or not: each one reached the fake. */
  public synchronized int heldInAll() {
    return inAll;
  }

  /** The most requests kept open at the same time. */
  public synchronized int mostAtOnce() {
    return mostAtOnce;
  }

  /** Whether {@link #release()} was called. */
  public synchronized boolean isReleased() {
    return released;
  }

  /**
   * Waits until this fault has kept at least {@code count} requests in all.
   *
   * @return false when {@code timeout} passed first (or the thread was interrupted)
   */
  public synchronized boolean awaitHeldInAll(int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    try {
      while (inAll < count) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Lets every held request get its answer (a dribble sends the rest at once) and keeps no more:
   * the fault is removed. Repeated calls do nothing.
   */
  public void release() {
    synchronized (this) {
      if (released) {
        return;
      }
      released = true;
      notifyAll();
    }
    faults.remove(this);
  }

  /** Holds the calling request until released (or interrupted). */
  synchronized void hold() {
    if (!enter()) {
      return;
    }
    try {
      while (!released) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exit();
    }
  }

  /**
   * Writes {@code body} one byte per {@code interval}, flushing each; the rest at once when
   * released. An {@link IOException} (the client went away) ends it.
   */
  void dribble(OutputStream out, byte[] body, Duration interval) throws IOException {
    boolean entered = enter();
    try {
      int i = 0;
      for (boolean slow = entered; slow && i < body.length; slow = pause(interval)) {
        out.write(body[i++]);
        out.flush();
      }
      out.write(body, i, body.length - i);
    } finally {
      if (entered) {
        exit();
      }
    }
  }

  /** Counts a request in; false when already released (it is then answered at once). */
  synchronized boolean enter() {
    if (released) {
      return false;
    }
    now++;
    inAll++;
    mostAtOnce = Math.max(mostAtOnce, now);
    notifyAll();
    return true;
  }

  /** Counts a request out. */
  synchronized void exit() {
    now--;
  }

  /** Waits one dribble interval; false once released (or interrupted): send the rest at once. */
  synchronized boolean pause(Duration interval) {
    long end = System.nanoTime() + interval.toNanos();
    try {
      for (long left = interval.toNanos(); !released && left > 0; left = end - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !released;
  }
}

package io.clerkservlet.internal.log;

import java.time.Clock;
import java.time.Duration;
import io.clerkservlet.internal.cache.BoundedCache;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rate-limited operator messages on {@code java.util.logging}: a message of one key is written at
 * most once per interval; the next one written says how many were held back. Messages must never
 * contain a token or a secret. Thread-safe.
 */
public final class OperatorLog {
  /** The logger of Backend API reachability (unreachable, slow, 5xx, 429). */
  public static final String HTTP = "io.clerkservlet.http";
  /** The logger of the signing keys (JWKS fetches, stale keys served, recovery). */
  public static final String KEYS = "io.clerkservlet.keys";
  /** The logger of configuration errors found at run time. */
  public static final String CONFIG = "io.clerkservlet.config";
  /** The default least time between two messages of one key. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
  /** Keys remembered; past this the least used is forgotten (a key is a fixed label, never input). */
  static final int MAX_KEYS = 256;

  private final Logger logger;
  private final Clock clock;
  private final long intervalMillis;
  private final BoundedCache<String, Slot> slots;

  private static final class Slot {
    volatile long lastWritten = Long.MIN_VALUE;
    final AtomicLong heldBack = new AtomicLong();
  }

  /** A log writing to the named logger at most once per {@code interval} per key. */
  public OperatorLog(String loggerName, Clock clock, Duration interval) {
    this.logger = Logger.getLogger(loggerName);
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
    this.slots = new BoundedCache<>(MAX_KEYS, clock);
  }

  /** The underlying logger. */
  public Logger logger() {
    return logger;
  }

  /**
   * Writes the message unless one of the same key was written within the interval.
   *
   * @return true when written
   */
  public boolean log(Level level, String key, String message) {
    if (!logger.isLoggable(level)) {
      return false;
    }
    Slot slot = slot(key);
    long now = clock.millis();
    synchronized (slot) {
      long last = slot.lastWritten;
      if (last != Long.MIN_VALUE && now - last < intervalMillis) {
        slot.heldBack.incrementAndGet();
        return false;
      }
      slot.lastWritten = now;
    }
    long held = slot.heldBack.getAndSet(0);
    logger.log(level, held == 0 ? message : message + " (" + held + " similar messages held back)");
    return true;
  }

  /** Writes the message now, whatever was written before (recoveries, once-per-episode events). */
  public void always(Level level, String message) {
    logger.log(level, message);
  }

  /** Forgets the key, so its next message is written at once (a new episode). */
  public void reset(String key) {
    slots.remove(key);
  }

  private Slot slot(String key) {
    Slot slot = slots.get(key);
    if (slot != null) {
      return slot;
    }
    synchronized (slots) {
      slot = slots.get(key);
      if (slot == null) {
        slot = new Slot();
        slots.put(key, slot, Long.MAX_VALUE);
      }
      return slot;
    }
  }
}

package io.clerkservlet.contract.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset the test moves forward: time runs on as in production (an
 * attempt that takes a second takes a second), and {@link #advance} jumps past a TTL at once.
 * Shared by a scenario's fake Clerk (token times) and its filters (verification, key lifetimes).
 */
public final class ShiftedClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock forward by {@code duration}. */
  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  /** How far the clock is ahead of the system clock. */
  public Duration offset() {
    return offset;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}

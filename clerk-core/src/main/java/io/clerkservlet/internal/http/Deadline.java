package io.clerkservlet.internal.http;

import java.time.Duration;

/** The moment a call must be over by, on the monotonic clock. Immutable. */
final class Deadline {
  private final long endNanos;
  private final Duration total;

  private Deadline(long endNanos, Duration total) {
    this.endNanos = endNanos;
    this.total = total;
  }

  /** A deadline {@code total} from now. */
  static Deadline after(Duration total) {
    return new Deadline(System.nanoTime() + total.toNanos(), total);
  }

  /** Milliseconds left, at least 0. */
  long remainingMillis() {
    long left = endNanos - System.nanoTime();
    return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
  }

  /** True when no time is left. */
  boolean passed() {
    return endNanos - System.nanoTime() <= 0;
  }

  /** The whole budget the deadline was set with. */
  Duration total() {
    return total;
  }
}

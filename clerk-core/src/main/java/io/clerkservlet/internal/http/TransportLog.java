package io.clerkservlet.internal.http;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.log.OperatorLog;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * What the transport tells the operator on {@value OperatorLog#HTTP}: a rate-limited WARNING while
 * Clerk is unreachable, slow, answering 5xx or 429, or while the request-driven limit is full, and
 * one INFO line when calls succeed again, with how long the failures lasted. Never a token or key.
 */
final class TransportLog {
  private static final long NONE = Long.MIN_VALUE;

  private final OperatorLog log = new OperatorLog(OperatorLog.HTTP, Clock.systemUTC(), OperatorLog.DEFAULT_INTERVAL);
  private final AtomicLong failingSince = new AtomicLong(NONE);

  /** A call got a 2xx answer: ends a failure episode. */
  void answered() {
    if (failingSince.get() == NONE) {
      return;
    }
    long since = failingSince.getAndSet(NONE);
    if (since != NONE) {
      long seconds = (System.currentTimeMillis() - since) / 1000;
      log.always(Level.INFO, "Clerk: the Backend API answers again after " + seconds + " s of failed calls.");
      log.reset("unreachable");
    }
  }

  /** A call failed; written when it is an outage (no answer, 5xx, 429), not for ordinary 4xx answers. */
  void failed(String call, ClerkApiException failure) {
    Integer status = failure.getStatus();
    if (status != null && status < 500 && status != 429) {
      return;
    }
    failingSince.compareAndSet(NONE, System.currentTimeMillis());
    log.log(Level.WARNING, "unreachable", "Clerk: Backend API call " + call + " failed: " + failure.getMessage()
        + ". Requests that need Clerk are answered 503 until it answers again.");
  }

  /** A request-driven call was refused because the limit of calls in flight was reached. */
  void overloaded(ClerkApiException failure) {
    log.log(Level.WARNING, "overloaded", "Clerk: " + failure.getMessage()
        + "; further token checks that need Clerk are answered 503 until calls complete.");
  }
}

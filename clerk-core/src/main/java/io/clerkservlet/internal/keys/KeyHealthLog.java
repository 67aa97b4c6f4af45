package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.log.OperatorLog;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * What the key cache tells the operator on {@value OperatorLog#KEYS}. A failure episode starts at the
 * first failed JWKS attempt and ends at the next successful one:
 * <ul>
 *   <li>WARNING, rate-limited: an attempt failed (and whether cached keys are still served);</li>
 *   <li>SEVERE, rate-limited: Clerk rejected the secret key ({@code secret-key-invalid});</li>
 *   <li>WARNING, once per episode: cached keys are now served past their lifetime;</li>
 *   <li>SEVERE, once per episode: the cached keys got too old to serve;</li>
 *   <li>INFO, once: a fetch succeeded again, with how long the episode lasted.</li>
 * </ul>
 * Never a token or a key.
 */
final class KeyHealthLog {
  private static final long NONE = Long.MIN_VALUE;

  private final OperatorLog log;
  private final AtomicLong failingSince = new AtomicLong(NONE);
  private final AtomicBoolean staleAnnounced = new AtomicBoolean();
  private final AtomicBoolean expiredAnnounced = new AtomicBoolean();

  KeyHealthLog(Clock clock) {
    this.log = new OperatorLog(OperatorLog.KEYS, clock, OperatorLog.DEFAULT_INTERVAL);
  }

  void failed(TokenVerificationException e, KeySet kept, long now) {
    failingSince.compareAndSet(NONE, now);
    if (e.getReason() == TokenVerificationErrorReason.SECRET_KEY_INVALID) {
      log.log(Level.SEVERE, "rejected", "Clerk: Clerk rejected the secret key when fetching the signing keys "
          + "(secret-key-invalid): check the secretKey setting (CLERK_SECRET_KEY). " + e.getMessage());
      return;
    }
    String serving = servable(kept, now)
        ? "Serving the keys fetched " + seconds(kept.ageAt(now)) + " s ago (used for up to "
            + JwksCache.MAX_STALENESS.toMinutes() + " min after the last successful fetch)."
        : "No usable keys: session tokens are answered 503 until Clerk answers.";
    log.log(Level.WARNING, "failed", "Clerk: could not refresh the signing keys (JWKS): " + e.getMessage()
        + ". " + serving + " Next attempt in " + JwksCache.MIN_REFETCH_INTERVAL.getSeconds() + " s or later.");
  }

  void servingStale(KeySet kept, long now) {
    if (failingSince.get() != NONE && staleAnnounced.compareAndSet(false, true)) {
      log.always(Level.WARNING, "Clerk: serving cached signing keys past their " + JwksCache.TTL.toMinutes()
          + " min lifetime because Clerk has not answered for " + seconds(now - failingSince.get())
          + " s; the last successful fetch was " + seconds(kept.ageAt(now)) + " s ago.");
    }
  }

  void expired(KeySet kept, long now) {
    if (!kept.isEmpty() && expiredAnnounced.compareAndSet(false, true)) {
      log.always(Level.SEVERE, "Clerk: the cached signing keys are older than "
          + JwksCache.MAX_STALENESS.toMinutes() + " min and Clerk still does not answer; session tokens are "
          + "answered 503 until a JWKS fetch succeeds.");
    }
  }

  void succeeded(long now) {
    long since = failingSince.getAndSet(NONE);
    staleAnnounced.set(false);
    expiredAnnounced.set(false);
    if (since != NONE) {
      log.reset("failed");
      log.reset("rejected");
      log.always(Level.INFO, "Clerk: the signing keys (JWKS) were fetched again after " + seconds(now - since)
          + " s of failed attempts.");
    }
  }

  private static boolean servable(KeySet kept, long now) {
    return !kept.isEmpty() && kept.ageAt(now) <= JwksCache.MAX_STALENESS.toMillis();
  }

  private static long seconds(long millis) {
    return Duration.ofMillis(Math.max(0, millis)).getSeconds();
  }
}

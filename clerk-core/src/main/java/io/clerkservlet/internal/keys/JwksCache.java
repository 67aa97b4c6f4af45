package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.http.BapiTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JWKS of one Clerk instance (one secret key). Never static, never shared across secret keys.
 *
 * <ul>
 *   <li>A caller whose {@code kid} is in a usable key set never waits on the network: from
 *       {@link #REFRESH_AHEAD} before the {@link #TTL} on, one background refresh at a time renews the
 *       set while callers keep using it (stale-while-revalidate).</li>
 *   <li>While Clerk fails, the last good keys stay usable for {@link #MAX_STALENESS} after the last
 *       <em>successful</em> fetch; refresh attempts are {@link #MIN_REFETCH_INTERVAL} apart, counted
 *       from the end of the previous attempt.</li>
 *   <li>Only a caller whose {@code kid} is unknown (or whose set is unusable) waits: for one shared
 *       fetch (single flight), bounded by the call deadline, and not at all when an attempt ended less
 *       than {@link #MIN_REFETCH_INTERVAL} ago (forged kids cost at most one call per interval).</li>
 * </ul>
 *
 * <p>Composed of small parts: {@link SingleFlightFetcher} over {@link RateLimitedFetcher} over
 * {@link JwksEndpoint}; {@link KeyHealthLog} reports episodes to the operator.
 */
public final class JwksCache {
  /** How long fetched keys are fresh ({@code @clerk/backend}: 5 minutes). */
  public static final Duration TTL = Duration.ofMinutes(5);
  /** How long before the TTL a background refresh starts. */
  public static final Duration REFRESH_AHEAD = Duration.ofSeconds(30);
  /** The least time between the end of one fetch attempt and the start of the next unforced one. */
  public static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);
  /** How long after the last successful fetch its keys are served while Clerk cannot be reached. */
  public static final Duration MAX_STALENESS = Duration.ofHours(1);

  private final Clock clock;
  private final JwksEndpoint endpoint;
  private final RateLimitedFetcher limited;
  private final SingleFlightFetcher fetcher;
  private final Executor background;
  private final KeyHealthLog health;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile KeySet current = KeySet.NONE;

  /**
   * Creates an empty cache for one secret key; background refreshes run on {@code background}, callers
   * wait at most {@code waitBound} for a fetch another caller started.
   */
  public JwksCache(BapiTransport transport, String secretKey, Clock clock, Executor background,
      Duration waitBound) {
    this.clock = clock;
    this.endpoint = new JwksEndpoint(transport, secretKey, clock);
    this.limited = new RateLimitedFetcher(this::attempt, clock, MIN_REFETCH_INTERVAL,
        e -> endpoint.unavailable("n/a", e));
    this.fetcher = new SingleFlightFetcher(limited, waitBound.toMillis(), () -> endpoint.unavailable("n/a", null));
    this.background = background;
    this.health = new KeyHealthLog(clock);
  }

  /**
   * The key for {@code kid}; {@code skipCache} fetches first ({@code skipJwksCache}).
   *
   * @throws TokenVerificationException {@code jwk-kid-mismatch}, {@code jwk-remote-failed-to-load}
   *     or {@code secret-key-invalid}
   */
  public ResolvedKey key(String kid, boolean skipCache) {
    if (skipCache) {
      return require(kid, fetchForced(kid));
    }
    long now = clock.millis();
    KeySet seen = current;
    ResolvedKey key = seen.get(kid);
    long age = seen.ageAt(now);
    if (key != null && age <= MAX_STALENESS.toMillis()) {
      if (age >= TTL.minus(REFRESH_AHEAD).toMillis()) {
        refreshInBackground(seen, now, age);
      }
      return key;
    }
    if (!seen.isEmpty() && age > MAX_STALENESS.toMillis()) {
      health.expired(seen, now);
    }
    if (kid == null) {
      TokenVerificationException failed = limited.lastFailure();
      throw failed != null && seen.isEmpty() ? copyOf(failed) : kidMismatch(null);
    }
    return require(kid, fetchForCaller(kid));
  }

  /** The caller's kid is unknown or its set unusable: it waits for one shared, rate-limited fetch. */
  private KeySet fetchForCaller(String kid) {
    try {
      return fetcher.fetch(false);
    } catch (RateLimitedFetcher.TooSoon skipped) {
      KeySet latest = current;
      if (latest.get(kid) != null && latest.ageAt(clock.millis()) <= MAX_STALENESS.toMillis()) {
        return latest;
      }
      throw skipped.lastFailure != null ? copyOf(skipped.lastFailure) : kidMismatch(kid);
    } catch (TokenVerificationException shared) {
      throw copyOf(shared);
    }
  }

  /** {@code skipJwksCache}: fetch now; joining an unforced fetch that was rate-limited fetches again. */
  private KeySet fetchForced(String kid) {
    try {
      return fetcher.fetch(true);
    } catch (RateLimitedFetcher.TooSoon joinedALimitedFetch) {
      return fetchForcedAgain(kid);
    } catch (TokenVerificationException shared) {
      throw copyOf(shared);
    }
  }

  private KeySet fetchForcedAgain(String kid) {
    try {
      return fetcher.fetch(true);
    } catch (RateLimitedFetcher.TooSoon again) {
      throw kidMismatch(kid);
    } catch (TokenVerificationException shared) {
      throw copyOf(shared);
    }
  }

  /** A failure shared by many callers is thrown to each as its own copy (throwables are mutable). */
  private static TokenVerificationException copyOf(TokenVerificationException e) {
    return new TokenVerificationException(e.getReason(), e.getMessage(), e.getAction(), e.getCause());
  }

  private void refreshInBackground(KeySet seen, long now, long age) {
    if (age >= TTL.toMillis()) {
      health.servingStale(seen, now);
    }
    if (!limited.mayAttempt(now) || fetcher.isFetching() || !refreshing.compareAndSet(false, true)) {
      return;
    }
    try {
      background.execute(this::refreshNow);
    } catch (RejectedExecutionException closed) {
      refreshing.set(false);
    }
  }

  private void refreshNow() {
    try {
      fetcher.fetch(false);
    } catch (RuntimeException reportedByAttempt) {
      // attempt() has logged it; callers keep the last good keys.
    } finally {
      refreshing.set(false);
    }
  }

  /** One fetch attempt through the endpoint, recorded in the cache and the health log. */
  private KeySet attempt(boolean forced) {
    try {
      KeySet fetched = endpoint.fetch(forced);
      current = fetched;
      health.succeeded(clock.millis());
      return fetched;
    } catch (TokenVerificationException e) {
      health.failed(e, current, clock.millis());
      throw e;
    }
  }

  private static ResolvedKey require(String kid, KeySet keys) {
    ResolvedKey key = keys.get(kid);
    if (key == null) {
      throw kidMismatch(kid);
    }
    return key;
  }

  static TokenVerificationException kidMismatch(String kid) {
    return new TokenVerificationException(TokenVerificationErrorReason.JWK_KID_MISMATCH,
        "Unable to find a signing key in JWKS that matches the kid='" + (kid == null ? "undefined" : kid)
            + "' of the provided session token. Please make sure that the __session cookie or the HTTP "
            + "authorization header contain a Clerk-generated session JWT.",
        TokenVerificationException.ACTION_VERIFY_KEYS);
  }
}

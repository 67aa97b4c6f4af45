package io.clerkservlet.internal.keys;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/**
 * The JWKS of one Clerk instance (one secret key), cached for {@link #TTL}. Never static, never
 * shared across secret keys.
 *
 * <ul>
 *   <li>An unknown {@code kid} refetches, single-flight: concurrent misses wait for one fetch.</li>
 *   <li>Forced refetches are at least {@link #MIN_REFETCH_INTERVAL} apart, so forged kids cannot turn
 *       into a flood of JWKS calls.</li>
 *   <li>When Clerk cannot be reached, the last good keys are served for up to {@link #MAX_STALENESS}.</li>
 * </ul>
 */
public final class JwksCache {
  /** How long fetched keys are used before refetching ({@code @clerk/backend}: 5 minutes). */
  public static final Duration TTL = Duration.ofMinutes(5);
  /** The least time between two fetches triggered by unknown kids. */
  public static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);
  /** How long the last good keys are served while Clerk cannot be reached. */
  public static final Duration MAX_STALENESS = Duration.ofHours(1);

  private final BapiTransport transport;
  private final String secretKey;
  private final Clock clock;
  private final Object fetchLock = new Object();
  private static final long NEVER = Long.MIN_VALUE;

  private volatile Snapshot snapshot = new Snapshot(Collections.<String, ResolvedKey>emptyMap(),
      NEVER, NEVER, null);

  /** Creates an empty cache for one secret key. */
  public JwksCache(BapiTransport transport, String secretKey, Clock clock) {
    this.transport = transport;
    this.secretKey = secretKey;
    this.clock = clock;
  }

  private static final class Snapshot {
    final Map<String, ResolvedKey> keys;
    final long fetchedAt;
    final long attemptedAt;
    final TokenVerificationException lastFailure;

    Snapshot(Map<String, ResolvedKey> keys, long fetchedAt, long attemptedAt,
        TokenVerificationException lastFailure) {
      this.keys = keys;
      this.fetchedAt = fetchedAt;
      this.attemptedAt = attemptedAt;
      this.lastFailure = lastFailure;
    }

    boolean fresh(long now) {
      return fetchedAt != NEVER && now - fetchedAt < TTL.toMillis();
    }

    boolean attemptedWithin(long now, Duration interval) {
      return attemptedAt != NEVER && now - attemptedAt < interval.toMillis();
    }
  }

  /**
   * The key for {@code kid}.
   *
   * @throws TokenVerificationException {@code jwk-kid-mismatch}, {@code jwk-remote-failed-to-load}
   *     or {@code secret-key-invalid}
   */
  public ResolvedKey key(String kid, boolean skipCache) {
    long now = clock.millis();
    Snapshot seen = snapshot;
    ResolvedKey key = kid == null ? null : seen.keys.get(kid);
    if (!skipCache && key != null && (seen.fresh(now) || servingStale(seen, now))) {
      return key;
    }
    if (!skipCache && (kid == null || (key == null && seen.attemptedWithin(now, MIN_REFETCH_INTERVAL)))) {
      throw seen.keys.isEmpty() && seen.lastFailure != null ? seen.lastFailure : kidMismatch(kid);
    }
    Snapshot current = refresh(seen, skipCache, kid);
    ResolvedKey found = current.keys.get(kid);
    if (found == null) {
      throw kidMismatch(kid);
    }
    return found;
  }

  /** The last refresh failed moments ago: keep serving the last good keys rather than retrying. */
  private static boolean servingStale(Snapshot s, long now) {
    return s.lastFailure != null && s.attemptedWithin(now, MIN_REFETCH_INTERVAL)
        && s.fetchedAt != NEVER && now - s.fetchedAt <= MAX_STALENESS.toMillis();
  }

  private Snapshot refresh(Snapshot seen, boolean force, String kid) {
    synchronized (fetchLock) {
      Snapshot current = snapshot;
      if (!force && current != seen) {
        return current;
      }
      long now = clock.millis();
      try {
        Map<String, ResolvedKey> keys = fetch();
        snapshot = new Snapshot(keys, now, now, null);
        return snapshot;
      } catch (TokenVerificationException e) {
        snapshot = new Snapshot(current.keys, current.fetchedAt, now, e);
        boolean stillUsable = e.getReason() == TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD
            && current.keys.containsKey(kid) && current.fetchedAt != NEVER
            && now - current.fetchedAt <= MAX_STALENESS.toMillis();
        if (stillUsable) {
          return current;
        }
        throw e;
      }
    }
  }

  private Map<String, ResolvedKey> fetch() {
    JsonNode document;
    try {
      document = transport.execute(BapiRequest.get("jwks").bearer(secretKey));
    } catch (ClerkApiException e) {
      throw loadFailure(e);
    }
    Map<String, ResolvedKey> keys = JwksDocument.rsaKeys(document);
    if (keys.isEmpty()) {
      throw new TokenVerificationException(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD,
          "The JWKS endpoint did not contain any signing keys. Contact support@clerk.com.",
          TokenVerificationException.ACTION_CONTACT_SUPPORT);
    }
    return keys;
  }

  private TokenVerificationException loadFailure(ClerkApiException e) {
    if ("clerk_key_invalid".equals(e.getCode())) {
      return new TokenVerificationException(TokenVerificationErrorReason.SECRET_KEY_INVALID,
          e.getErrors().get(0).getMessage(), TokenVerificationException.ACTION_CONTACT_SUPPORT, e);
    }
    String url = transport.settings().apiUrl() + "/" + transport.settings().apiVersion() + "/jwks";
    String code = e.getStatus() == null ? "n/a" : String.valueOf(e.getStatus());
    return new TokenVerificationException(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD,
        "Error loading Clerk JWKS from " + url + " with code=" + code,
        TokenVerificationException.ACTION_CONTACT_SUPPORT, e);
  }

  static TokenVerificationException kidMismatch(String kid) {
    return new TokenVerificationException(TokenVerificationErrorReason.JWK_KID_MISMATCH,
        "Unable to find a signing key in JWKS that matches the kid='" + (kid == null ? "undefined" : kid)
            + "' of the provided session token. Please make sure that the __session cookie or the HTTP "
            + "authorization header contain a Clerk-generated session JWT.",
        TokenVerificationException.ACTION_VERIFY_KEYS);
  }
}

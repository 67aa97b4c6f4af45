package io.clerkservlet.internal.http;

import java.net.URI;
import java.time.Duration;

/** Immutable settings of one {@link BapiTransport}. */
public final class TransportSettings {
  /** Attempts for an idempotent read that meets 429/502/503/504 (1 = no retry). */
  public static final int DEFAULT_MAX_READ_ATTEMPTS = 3;
  /** The longest {@code Retry-After} we wait for; a longer one fails the call at once. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);
  /** First backoff when no {@code Retry-After} was given; doubled each retry, with jitter. */
  public static final Duration BASE_BACKOFF = Duration.ofMillis(100);
  /** The largest answer body read, to bound memory. */
  public static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
  /** Connections kept per Clerk instance for the application's and request-driven calls. */
  public static final int MAX_CONNECTIONS = 64;
  /** Connections of the separate pool that only key fetches use, so no other call can starve them. */
  public static final int KEY_FETCH_CONNECTIONS = 2;
  /**
   * Request-driven calls (opaque token verification, handshake payload, session refresh) in flight at
   * once; one more is answered at once as Clerk-unavailable. Leaves the rest of the pool to the application.
   */
  public static final int MAX_REQUEST_DRIVEN_CALLS = 32;

  final URI apiUrl;
  final String apiVersion;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration callTimeout;
  final String userAgent;
  final int maxReadAttempts;
  final Sleeper sleeper;
  final HttpProxy proxy;

  /** Waits between retries; replaced in tests. */
  public interface Sleeper {
    /** Sleeps for the duration. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Creates the settings. */
  public TransportSettings(URI apiUrl, String apiVersion, Duration connectTimeout,
      Duration readTimeout, Duration callTimeout, String userAgent, int maxReadAttempts, Sleeper sleeper,
      HttpProxy proxy) {
    this.apiUrl = apiUrl;
    this.apiVersion = apiVersion;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.callTimeout = callTimeout;
    this.userAgent = userAgent;
    this.maxReadAttempts = maxReadAttempts;
    this.sleeper = sleeper;
    this.proxy = proxy;
  }

  /** The default sleeper: {@link Thread#sleep(long)}. */
  public static Sleeper threadSleeper() {
    return d -> Thread.sleep(d.toMillis());
  }

  /** The API URL without a trailing slash. */
  public URI apiUrl() {
    return apiUrl;
  }

  /** The total deadline of one call, retries included. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The API version path segment, for example {@code v1}. */
  public String apiVersion() {
    return apiVersion;
  }
}

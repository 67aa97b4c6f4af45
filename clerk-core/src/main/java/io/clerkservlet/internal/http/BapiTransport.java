package io.clerkservlet.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.BackgroundTasks;
import io.clerkservlet.internal.json.Json;
import java.io.Closeable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Sends Backend API calls. Thread-safe; one per {@code ClerkClient}.
 *
 * <ul>
 *   <li>Every call ends within {@code callTimeout} (lease, connect, TLS, request, the whole answer and
 *       any retries), whatever the server does.</li>
 *   <li>{@link CallKind#ADMIN} GETs retry boundedly on 429/502/503/504, honouring {@code Retry-After}
 *       within the deadline; nothing else is retried.</li>
 *   <li>{@link CallKind#KEY_FETCH} calls use a pool of their own; {@link CallKind#REQUEST_DRIVEN} calls
 *       are limited to {@link TransportSettings#MAX_REQUEST_DRIVEN_CALLS} in flight, one more fails at once.</li>
 * </ul>
 *
 * <p>A non-2xx answer, an unreadable answer, a network failure, a passed deadline or a full
 * request-driven limit becomes a {@link ClerkApiException}, reported on {@link TransportLog}.
 */
public final class BapiTransport implements Closeable {
  /** The Backend API version we speak, sent as {@code Clerk-API-Version}. */
  public static final String CLERK_API_VERSION = "2026-05-12";

  private final TransportSettings settings;
  private final PooledHttp shared;
  private final PooledHttp keys;
  private final Semaphore requestDriven = new Semaphore(TransportSettings.MAX_REQUEST_DRIVEN_CALLS);
  private final TransportLog log = new TransportLog();

  /** Opens the connection pools (no thread is started until a call is made). */
  public BapiTransport(TransportSettings settings, BackgroundTasks timers) {
    this.settings = settings;
    this.shared = new PooledHttp(settings, TransportSettings.MAX_CONNECTIONS, timers);
    this.keys = new PooledHttp(settings, TransportSettings.KEY_FETCH_CONNECTIONS, timers);
  }

  /** The settings this transport was opened with. */
  public TransportSettings settings() {
    return settings;
  }

  /**
   * Sends one of the application's own calls ({@link CallKind#ADMIN}).
   *
   * @throws ClerkApiException on a non-2xx answer, an unreadable answer or a network failure
   */
  public JsonNode execute(BapiRequest request) {
    return execute(request, CallKind.ADMIN);
  }

  /**
   * Sends a call of the given kind and returns the parsed JSON answer, or null for 204 / an empty body.
   *
   * @throws ClerkApiException on a non-2xx answer, an unreadable answer, a network failure, a passed
   *     deadline, or (request-driven calls) when the limit of calls in flight is reached
   */
  public JsonNode execute(BapiRequest request, CallKind kind) {
    if (kind != CallKind.REQUEST_DRIVEN) {
      return executeWithin(request, kind);
    }
    if (!requestDriven.tryAcquire()) {
      ClerkApiException busy = ApiErrors.overloaded(TransportSettings.MAX_REQUEST_DRIVEN_CALLS);
      log.overloaded(busy);
      throw busy;
    }
    try {
      return executeWithin(request, kind);
    } finally {
      requestDriven.release();
    }
  }

  /** Request-driven calls in flight now. */
  public int requestDrivenInFlight() {
    return TransportSettings.MAX_REQUEST_DRIVEN_CALLS - requestDriven.availablePermits();
  }

  private JsonNode executeWithin(BapiRequest request, CallKind kind) {
    Deadline deadline = Deadline.after(settings.callTimeout);
    boolean retries = kind == CallKind.ADMIN && request.method == BapiRequest.Method.GET;
    int attempts = retries ? settings.maxReadAttempts : 1;
    for (int attempt = 1; ; attempt++) {
      RawResponse response = send(request, kind, deadline);
      if (response.status >= 200 && response.status < 300) {
        log.answered();
        return parseSuccess(response);
      }
      ClerkApiException failure = ApiErrors.fromResponse(response);
      Duration wait = retryDelay(response, failure, attempt, attempts);
      if (wait == null || wait.toMillis() >= deadline.remainingMillis()) {
        log.failed(describe(request), failure);
        throw failure;
      }
      sleep(wait, failure);
    }
  }

  private Duration retryDelay(RawResponse response, ClerkApiException failure, int attempt,
      int attempts) {
    boolean retryable = response.status == 429 || response.status == 502
        || response.status == 503 || response.status == 504;
    if (!retryable || attempt >= attempts) {
      return null;
    }
    Integer retryAfter = failure.getRetryAfter();
    if (retryAfter != null) {
      Duration requested = Duration.ofSeconds(Math.max(0, retryAfter));
      return requested.compareTo(TransportSettings.MAX_RETRY_AFTER) <= 0 ? requested : null;
    }
    long base = TransportSettings.BASE_BACKOFF.toMillis() << (attempt - 1);
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base + 1));
  }

  private void sleep(Duration wait, ClerkApiException failure) {
    try {
      settings.sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  private RawResponse send(BapiRequest request, CallKind kind, Deadline deadline) {
    HttpUriRequestBase http = toHttpRequest(request);
    try {
      return (kind == CallKind.KEY_FETCH ? keys : shared).send(http, deadline);
    } catch (PooledHttp.DeadlinePassed e) {
      ClerkApiException failure = ApiErrors.deadlinePassed(deadline.total(), e);
      log.failed(describe(request), failure);
      throw failure;
    } catch (IOException | RuntimeException e) {
      ClerkApiException failure = ApiErrors.network(e);
      log.failed(describe(request), failure);
      throw failure;
    }
  }

  private String describe(BapiRequest request) {
    return request.method + " " + request.pathForLogs(settings.apiVersion);
  }

  private HttpUriRequestBase toHttpRequest(BapiRequest request) {
    try {
      URIBuilder uri = new URIBuilder(settings.apiUrl.toString()
          + request.pathBelowApiUrl(settings.apiVersion));
      for (String[] pair : request.query) {
        uri.addParameter(pair[0], pair[1]);
      }
      HttpUriRequestBase http = new HttpUriRequestBase(request.method.name(), uri.build());
      http.setHeader("Clerk-API-Version", CLERK_API_VERSION);
      http.setHeader("Accept", "application/json");
      if (request.bearer != null) {
        http.setHeader("Authorization", "Bearer " + request.bearer);
      }
      if (request.body != null) {
        http.setEntity(new ByteArrayEntity(Json.write(request.body), ContentType.APPLICATION_JSON));
      }
      return http;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid Backend API URL", e);
    }
  }

  private static JsonNode parseSuccess(RawResponse response) {
    if (response.status == 204 || response.body.length == 0) {
      return null;
    }
    try {
      return Json.parse(response.body);
    } catch (IOException e) {
      throw ApiErrors.unreadable(response, e);
    }
  }

  /** Closes every pooled connection at once. */
  @Override
  public void close() {
    shared.close();
    keys.close();
  }
}

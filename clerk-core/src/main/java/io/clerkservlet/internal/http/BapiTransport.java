package io.clerkservlet.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.json.Json;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends Backend API calls over one pooled HttpClient 5 client. Thread-safe; one per
 * {@code ClerkClient}.
 *
 * <p>Every call has connect, pool-lease and read timeouts. GETs retry boundedly on 429/502/503/504,
 * honouring {@code Retry-After}; other methods never retry. A non-2xx answer, an unreadable answer
 * or a network failure becomes a {@link ClerkApiException}.
 */
public final class BapiTransport implements Closeable {
  /** The Backend API version we speak, sent as {@code Clerk-API-Version}. */
  public static final String CLERK_API_VERSION = "2026-05-12";

  private final TransportSettings settings;
  private final PoolingHttpClientConnectionManager connections;
  private final CloseableHttpClient http;

  /** Opens the connection pool (no thread is started). */
  public BapiTransport(TransportSettings settings) {
    this.settings = settings;
    Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout.toMillis());
    Timeout read = Timeout.ofMilliseconds(settings.readTimeout.toMillis());
    this.connections = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(TransportSettings.MAX_CONNECTIONS)
        .setMaxConnPerRoute(TransportSettings.MAX_CONNECTIONS)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(connect)
            .setSocketTimeout(read)
            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
            .setTimeToLive(TimeValue.ofMinutes(5))
            .build())
        .build();
    this.http = HttpClients.custom()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(RequestConfig.custom()
            .setConnectionRequestTimeout(connect)
            .setResponseTimeout(read)
            .setRedirectsEnabled(false)
            .build())
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(settings.userAgent)
        .build();
  }

  /** The settings this transport was opened with. */
  public TransportSettings settings() {
    return settings;
  }

  /**
   * Sends the call and returns the parsed JSON answer, or null for 204 / an empty body.
   *
   * @throws ClerkApiException on a non-2xx answer, an unreadable answer or a network failure
   */
  public JsonNode execute(BapiRequest request) {
    return execute(request, CallKind.ADMIN);
  }

  /**
   * Sends a call of the given kind: only {@link CallKind#ADMIN} and {@link CallKind#KEY_FETCH} GETs
   * are retried.
   *
   * @throws ClerkApiException on a non-2xx answer, an unreadable answer or a network failure
   */
  public JsonNode execute(BapiRequest request, CallKind kind) {
    int attempts = request.method == BapiRequest.Method.GET && kind != CallKind.REQUEST_DRIVEN
        ? settings.maxReadAttempts : 1;
    for (int attempt = 1; ; attempt++) {
      RawResponse response = send(request);
      if (response.status >= 200 && response.status < 300) {
        return parseSuccess(response);
      }
      ClerkApiException failure = ApiErrors.fromResponse(response);
      Duration wait = retryDelay(response, failure, attempt, attempts);
      if (wait == null) {
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

  private RawResponse send(BapiRequest request) {
    HttpUriRequestBase http = toHttpRequest(request);
    try {
      return this.http.execute(http, BapiTransport::read);
    } catch (IOException | RuntimeException e) {
      throw ApiErrors.network(e);
    }
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

  private static RawResponse read(ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    byte[] body = entity == null ? new byte[0] : readBounded(entity);
    Header contentType = response.getFirstHeader("Content-Type");
    Header retryAfter = response.getFirstHeader("Retry-After");
    Header cfRay = response.getFirstHeader("cf-ray");
    return new RawResponse(response.getCode(), body,
        contentType == null ? null : contentType.getValue(),
        retryAfter == null ? null : retryAfter.getValue(),
        cfRay == null ? null : cfRay.getValue());
  }

  private static byte[] readBounded(HttpEntity entity) throws IOException {
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > TransportSettings.MAX_RESPONSE_BYTES) {
          throw new IOException("answer larger than " + TransportSettings.MAX_RESPONSE_BYTES + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
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
    http.close(CloseMode.IMMEDIATE);
    connections.close(CloseMode.IMMEDIATE);
  }
}

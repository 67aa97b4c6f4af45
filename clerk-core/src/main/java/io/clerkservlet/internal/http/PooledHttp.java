package io.clerkservlet.internal.http;

import io.clerkservlet.internal.BackgroundTasks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.net.ProxySelector;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultProxyRoutePlanner;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One HttpClient 5 client over its own connection pool, sending each request within a
 * {@link Deadline}: lease, connect and read timeouts never exceed what is left, and a timer cancels
 * the exchange (closing its socket) when the deadline passes, so a server trickling its answer
 * cannot hold the caller.
 */
final class PooledHttp implements AutoCloseable {
  /** Thrown when the deadline cut the exchange off. */
  static final class DeadlinePassed extends IOException {
    private static final long serialVersionUID = 1L;

    DeadlinePassed(Throwable cause) {
      super("no complete answer within the call timeout", cause);
    }
  }

  private final TransportSettings settings;
  private final BackgroundTasks timers;
  private final PoolingHttpClientConnectionManager connections;
  private final CloseableHttpClient http;

  PooledHttp(TransportSettings settings, int maxConnections, BackgroundTasks timers) {
    this.settings = settings;
    this.timers = timers;
    this.connections = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(maxConnections)
        .setMaxConnPerRoute(maxConnections)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout.toMillis()))
            .setSocketTimeout(Timeout.ofMilliseconds(settings.readTimeout.toMillis()))
            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
            .setTimeToLive(TimeValue.ofMinutes(5))
            .build())
        .build();
    this.http = withProxy(HttpClients.custom(), settings.proxy)
        .setConnectionManager(connections)
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(settings.userAgent)
        .build();
  }

  /** An explicit proxy (with its credentials), else the JVM's {@link ProxySelector} on every call. */
  private static HttpClientBuilder withProxy(HttpClientBuilder builder, HttpProxy proxy) {
    if (proxy == null) {
      return builder.setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()));
    }
    HttpHost host = new HttpHost("http", proxy.host(), proxy.port());
    builder.setRoutePlanner(new DefaultProxyRoutePlanner(host));
    if (proxy.username() != null) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      credentials.setCredentials(new AuthScope(host),
          new UsernamePasswordCredentials(proxy.username(), proxy.password().toCharArray()));
      builder.setDefaultCredentialsProvider(credentials);
    }
    return builder;
  }

  /** Sends the request and reads the whole answer before the deadline. */
  RawResponse send(HttpUriRequestBase request, Deadline deadline) throws IOException {
    long left = deadline.remainingMillis();
    if (left <= 0) {
      throw new DeadlinePassed(null);
    }
    request.setConfig(RequestConfig.custom()
        .setConnectionRequestTimeout(Timeout.ofMilliseconds(Math.min(settings.connectTimeout.toMillis(), left)))
        .setResponseTimeout(Timeout.ofMilliseconds(Math.min(settings.readTimeout.toMillis(), left)))
        .setRedirectsEnabled(false)
        .build());
    ScheduledFuture<?> timer;
    try {
      timer = timers.schedule(request::cancel, left);
    } catch (RejectedExecutionException closed) {
      throw new IOException("the Clerk client is closed", closed);
    }
    try {
      return http.execute(request, PooledHttp::read);
    } catch (IOException | RuntimeException e) {
      if (request.isCancelled() || deadline.passed()) {
        throw new DeadlinePassed(e);
      }
      throw e;
    } finally {
      timer.cancel(false);
    }
  }

  private static RawResponse read(ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    byte[] body = entity == null ? new byte[0] : readBounded(entity);
    return new RawResponse(response.getCode(), body, header(response, "Content-Type"),
        header(response, "Retry-After"), header(response, "cf-ray"));
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }

  private static byte[] readBounded(HttpEntity entity) throws IOException {
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
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

  /** Closes every pooled connection at once. */
  @Override
  public void close() {
    http.close(CloseMode.IMMEDIATE);
    connections.close(CloseMode.IMMEDIATE);
  }
}

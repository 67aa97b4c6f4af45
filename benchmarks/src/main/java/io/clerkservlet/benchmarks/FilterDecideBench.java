package io.clerkservlet.benchmarks;

import io.clerkservlet.RequestHeaders;
import io.clerkservlet.jakarta.ClerkAuthFilter;
import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.FilterDecision;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter's hot path for a signed-in repeat hit (the same session JWT, repeat-token cache on):
 * the engine's decision from a realistic browser header set (15 headers, an {@code Authorization}
 * bearer token and a cookie header of unrelated cookies, no query) copied as before or read in place, and the whole jakarta
 * {@link ClerkAuthFilter#doFilter} over spring-test's servlet mocks (reused between calls, so their
 * own allocation is small and constant). Meant for {@code -prof gc}: bytes per request.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FilterDecideBench {

  /** The fake, one engine and one filter on it, the request parts. */
  @State(Scope.Thread)
  public static class Request {
    BenchFixture fixture;
    ClerkFilterEngine engine;
    ClerkAuthFilter filter;
    Map<String, List<String>> servletHeaders;
    MockHttpServletRequest servletRequest;
    MockHttpServletResponse servletResponse;
    final FilterChain chain = new FilterChain() {
      @Override
      public void doFilter(ServletRequest request, ServletResponse response) {
        if (request.getAttribute("clerk.auth") == null) {
          throw new IllegalStateException("no auth object");
        }
      }
    };

    /** Starts the fake, opens engine and filter, builds the request and fills the repeat-token cache. */
    @Setup(Level.Trial)
    public void start() throws Exception {
      fixture = new BenchFixture();
      String token = fixture.sessionToken();
      ClerkFilterSettings settings = ClerkFilterSettings.builder().secretKey(fixture.fake().secretKey())
          .publishableKey(fixture.fake().publishableKey()).apiUrl(fixture.fake().apiUrl())
          .authorizedParties(BenchFixture.AZP).build();
      engine = ClerkFilterEngine.open(settings);
      filter = new ClerkAuthFilter(settings);
      filter.init(new MockFilterConfig("clerk"));
      servletHeaders = browserHeaders(token);
      container = new ContainerHeaders();
      servletRequest = new MockHttpServletRequest("GET", "/api/orders");
      servletRequest.setServerName("app.example.com");
      servletRequest.setScheme("https");
      servletRequest.setServerPort(443);
      servletRequest.setSecure(true);
      for (Map.Entry<String, List<String>> e : servletHeaders.entrySet()) {
        for (String v : e.getValue()) {
          servletRequest.addHeader(e.getKey(), v);
        }
      }
      servletResponse = new MockHttpServletResponse();
      FilterDecision first = copyingDecide();
      if (!first.isContinue() || first.getAuth() == null || !first.getAuth().isAuthenticated()) {
        throw new IllegalStateException("not signed in: " + first);
      }
    }

    /** The container's side of the lazy view: its own case-insensitive header store. */
    final class ContainerHeaders implements RequestHeaders {
      private final java.util.TreeMap<String, List<String>> store =
          new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);

      ContainerHeaders() {
        store.putAll(servletHeaders);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        List<String> values = store.get(name);
        return Collections.enumeration(values == null ? Collections.<String>emptyList() : values);
      }

      @Override
      public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(store.keySet());
      }
    }

    ContainerHeaders container;

    FilterDecision lazyDecide() {
      return engine.decide("GET", container, null, () -> "https://app.example.com/api/orders");
    }

    FilterDecision copyingDecide() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : servletHeaders.entrySet()) {
        copy.put(e.getKey(), new ArrayList<>(e.getValue()));
      }
      return engine.decide("GET", "https://app.example.com/api/orders", null, copy);
    }

    /** Closes engine, filter and fake. */
    @TearDown(Level.Trial)
    public void stop() {
      filter.destroy();
      engine.close();
      fixture.close();
    }
  }

  static Map<String, List<String>> browserHeaders(String token) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    put(h, "Host", "app.example.com");
    put(h, "Connection", "keep-alive");
    put(h, "sec-ch-ua", "\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"");
    put(h, "sec-ch-ua-mobile", "?0");
    put(h, "sec-ch-ua-platform", "\"Linux\"");
    put(h, "Authorization", "Bearer " + token);
    put(h, "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        + "Chrome/131.0.0.0 Safari/537.36");
    put(h, "Accept", "application/json, text/plain, */*");
    put(h, "Sec-Fetch-Site", "same-origin");
    put(h, "Sec-Fetch-Mode", "cors");
    put(h, "Sec-Fetch-Dest", "empty");
    put(h, "Referer", "https://app.example.com/orders");
    put(h, "Accept-Encoding", "gzip, deflate, br, zstd");
    put(h, "Accept-Language", "en-US,en;q=0.9");
    put(h, "Cookie", "_ga=GA1.1.123456789.1700000000; theme=dark; _ga_ABC=GS1.1.1700000000.1.1.1700000001.0.0.0");
    return h;
  }

  private static void put(Map<String, List<String>> h, String name, String value) {
    h.put(name, Collections.singletonList(value));
  }

  /** The engine's decision from a copy of every header, as the filter built it before the lazy view. */
  @Benchmark
  public FilterDecision decideCopyingHeaders(Request r) {
    return r.copyingDecide();
  }

  /** The engine's decision reading the headers in place ({@link RequestHeaders}), the URL never built. */
  @Benchmark
  public FilterDecision decideLazyHeaders(Request r) {
    return r.lazyDecide();
  }

  /** The whole jakarta filter: decision, attributes, wrapper, response headers, the chain. */
  @Benchmark
  public void jakartaFilterRepeatHit(Request r, Blackhole bh) throws Exception {
    r.servletRequest.clearAttributes();
    r.filter.doFilter(r.servletRequest, r.servletResponse, r.chain);
    bh.consume(r.servletRequest);
  }
}

package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clerkservlet.AuthStatus;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.FakeSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole handshake as a browser walks it, over real HTTP: a tiny app calls
 * {@code authenticateRequest} and answers 307 with the state's headers; java.net.http follows the
 * redirects to the fake Frontend API and back with a cookie jar.
 */
class HandshakeRoundTripTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final List<String> trail = new CopyOnWriteArrayList<>();
  private HttpServer app;
  private ClerkClient client;
  private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new BrowserCookies(jar))
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  /**
   * Sends the jar's cookies as browsers do (RFC 6265: {@code name=value; name=value}). The JDK's
   * CookieManager sends a cookie set with {@code Max-Age} in RFC 2965 form ({@code name="value";$Path="/"}),
   * which no browser does and {@code @clerk/backend}'s cookie parser does not unquote.
   */
  private static final class BrowserCookies extends CookieHandler {
    private final CookieManager jar;

    BrowserCookies(CookieManager jar) {
      this.jar = jar;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      StringJoiner cookies = new StringJoiner("; ");
      jar.getCookieStore().get(uri).forEach(c -> cookies.add(c.getName() + "=" + c.getValue()));
      return cookies.length() == 0 ? Map.of() : Map.of("Cookie", List.of(cookies.toString()));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      jar.put(uri, responseHeaders);
    }
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop(0);
    }
    if (client != null) {
      client.close();
    }
  }

  private String startApp(String publishableKey) throws IOException {
    client = clerk.clientBuilder().publishableKey(publishableKey).proxyUrl(clerk.fake().frontendApiUrl()).build();
    app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    app.createContext("/", this::serve);
    app.start();
    return "http://127.0.0.1:" + app.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String origin = "http://127.0.0.1:" + app.getAddress().getPort();
    ClerkRequest.Builder request = ClerkRequest.builder(exchange.getRequestMethod(),
        origin + exchange.getRequestURI());
    exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    RequestState state = client.authenticateRequest(request.build());
    trail.add(state.getStatus() + " " + state.getReason());
    for (Map.Entry<String, List<String>> h : state.getHeaders().entrySet()) {
      h.getValue().forEach(v -> exchange.getResponseHeaders().add(h.getKey(), v));
    }
    boolean redirect = state.getHeaders().containsKey("Location");
    byte[] body = (state.getStatus() == AuthStatus.SIGNED_IN ? state.toAuth().getUserId()
        : "signed-out " + state.getReason()).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(redirect ? 307 : 200, redirect ? -1 : body.length);
    if (!redirect) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private HttpResponse<String> visit(String url) throws Exception {
    HttpRequest page = HttpRequest.newBuilder(URI.create(url)).header("sec-fetch-dest", "document")
        .header("accept", "text/html").GET().build();
    return browser.send(page, HttpResponse.BodyHandlers.ofString());
  }

  /** Stores a cookie as if the app had set it (so the app's later Set-Cookie replaces it). */
  private void setCookie(String origin, String name, String value) throws IOException {
    jar.put(URI.create(origin + "/"), Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=/")));
  }

  @Test
  void developmentBrowserWithClientUatButNoSessionComesBackSignedIn() throws Exception {
    String userId = clerk.fake().createUser("grace@example.test", "Grace", "Hopper");
    String devBrowser = clerk.fake().createDevBrowser();
    FakeSession session = clerk.fake().signInDevBrowser(devBrowser, userId);
    String origin = startApp(clerk.fake().publishableKey());
    setCookie(origin, "__clerk_db_jwt", devBrowser);
    setCookie(origin, "__client_uat", "1");

    HttpResponse<String> response = visit(origin + "/dashboard?tab=2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(userId);
    assertThat(response.uri().toString()).isEqualTo(origin + "/dashboard?tab=2");
    assertThat(trail).containsExactly("handshake client-uat-but-no-session-token", "signed-in null", "signed-in null");
    assertThat(clerk.fake().exchanges("GET", "/v1/client/handshake")).hasSize(1);
    assertThat(clerk.fake().exchanges("GET", "/v1/client/handshake").get(0).getRawQuery())
        .contains("__clerk_db_jwt=" + devBrowser);
    assertThat(jar.getCookieStore().get(URI.create(origin))).extracting(HttpCookie::getName)
        .contains("__session", "__client_uat", "__refresh_" + SessionRefreshTest.suffix(clerk.fake().publishableKey()));
    assertThat(session.getUserId()).isEqualTo(userId);
  }

  @Test
  void productionBrowserIdentifiedByClientCookieComesBackSignedInOnTheSameResponse() throws Exception {
    String userId = clerk.fake().createUser("ada@example.test", "Ada", "Lovelace");
    FakeSession session = clerk.fake().createSession(userId);
    String origin = startApp(clerk.fake().productionPublishableKey());
    setCookie(origin, "__client", session.getClientToken());
    setCookie(origin, "__client_uat", "1");

    HttpResponse<String> response = visit(origin + "/");

    assertThat(response.body()).isEqualTo(userId);
    assertThat(trail).containsExactly("handshake client-uat-but-no-session-token", "signed-in null");
    assertThat(clerk.fake().exchanges("GET", "/v1/clients/handshake_payload")).hasSize(1);
  }

  @Test
  void signedOutDevelopmentBrowserEndsSignedOutWithoutLooping() throws Exception {
    String devBrowser = clerk.fake().createDevBrowser();
    String origin = startApp(clerk.fake().publishableKey());
    setCookie(origin, "__clerk_db_jwt", devBrowser);
    setCookie(origin, "__client_uat", "1");

    HttpResponse<String> response = visit(origin + "/page");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("signed-out session-token-and-uat-missing");
    assertThat(trail).containsExactly("handshake client-uat-but-no-session-token",
        "signed-out session-token-missing", "signed-out session-token-and-uat-missing");
  }
}

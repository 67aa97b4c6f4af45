package io.clerkservlet.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.FilterMode;
import io.clerkservlet.AcceptsToken;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.HeadlessChromium;
import io.clerkservlet.testkit.FakeSession;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real headless Chromium visits a page behind the filter with an expired {@code __session}
 * cookie, follows the 307 to the fake Frontend API's handshake and back, and lands signed in with
 * a fresh session cookie. Chromium comes from Debian's {@code chromium} package, which
 * {@code .ci/run} installs (there {@code CLERK_REQUIRE_BROWSER=true} makes its absence a failure).
 */
class BrowserHandshakeTest {
  private FakeClerkBackend fake;
  private Tomcat tomcat;
  private String origin;

  @BeforeEach
  void start() throws Exception {
    boolean required = "true".equals(System.getenv("CLERK_REQUIRE_BROWSER"));
    if (required) {
      assertThat(HeadlessChromium.isInstalled()).as("Chromium at " + HeadlessChromium.binary()).isTrue();
    }
    assumeTrue(HeadlessChromium.isInstalled(), "needs Debian's chromium (apt-get install chromium)");
    fake = FakeClerkBackend.start();
    ClerkFilterSettings settings = ClerkFilterSettings.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
        .publishableKey(fake.productionPublishableKey()).proxyUrl(fake.frontendApiUrl())
        .acceptsToken(AcceptsToken.sessionOnly()).mode(FilterMode.OPTIONAL).build();
    Path base = Files.createTempDirectory("browser-tomcat-");
    tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector("HTTP/1.1");
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx = tomcat.addContext("", base.toString());
    Tomcat.addServlet(ctx, "setup", new SetupServlet());
    ctx.addServletMappingDecoded("/setup", "setup");
    Tomcat.addServlet(ctx, "page", new PageServlet());
    ctx.addServletMappingDecoded("/page", "page");
    FilterDef def = new FilterDef();
    def.setFilterName("clerk");
    def.setFilter(new ClerkAuthFilter(settings));
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("clerk");
    map.addURLPatternDecoded("/page");
    map.setDispatcher(DispatcherType.REQUEST.name());
    ctx.addFilterMap(map);
    tomcat.start();
    origin = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void expiredSessionCookieIsRefreshedByTheHandshakeAndThePageRendersSignedIn() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    FakeSession session = fake.createSession(userId);
    Instant issued = Instant.now().minus(Duration.ofMinutes(5));
    String expired = fake.tokens().sessionToken(userId).sessionId(session.getSessionId())
        .issuedAt(issued).lifetime(Duration.ofSeconds(60)).sign();
    String setup = origin + "/setup?session=" + expired + "&uat=" + issued.getEpochSecond()
        + "&client=" + session.getClientToken();

    String dom = HeadlessChromium.dumpDom(setup);

    assertThat(dom).contains("<p id=\"status\">signed-in</p>").contains("<p id=\"user\">" + userId + "</p>");
    long freshIat = Long.parseLong(between(dom, "<p id=\"session-iat\">", "</p>"));
    assertThat(freshIat).isGreaterThan(issued.getEpochSecond());
    assertThat(fake.exchanges("GET", "/v1/client/handshake")).hasSize(1);
    assertThat(fake.exchanges("GET", "/v1/client/handshake").get(0).getRawQuery())
        .contains("__clerk_hs_reason=session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(fake.exchanges("GET", "/v1/clients/handshake_payload")).hasSize(1);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("%s in %s", start, text).isNotNegative();
    return text.substring(from + start.length(), text.indexOf(end, from));
  }

  /** Plants the browser's cookies (as a sign-in elsewhere would have) and sends it to the page. */
  static final class SetupServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.addCookie(cookie("__session", req.getParameter("session")));
      resp.addCookie(cookie("__client_uat", req.getParameter("uat")));
      resp.addCookie(cookie("__client", req.getParameter("client")));
      resp.sendRedirect("/page");
    }

    private static Cookie cookie(String name, String value) {
      Cookie c = new Cookie(name, value);
      c.setPath("/");
      return c;
    }
  }

  /** Shows who the filter says is signed in, and the iat of the session cookie it was given. */
  static final class PageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      AuthObject auth = ClerkAuth.get(req);
      resp.setContentType("text/html;charset=UTF-8");
      resp.getWriter().write("<html><body><p id=\"status\">"
          + (auth.isAuthenticated() ? "signed-in" : "signed-out") + "</p><p id=\"user\">" + auth.getUserId()
          + "</p><p id=\"session-iat\">" + (auth.isAuthenticated() ? iat(auth.getToken()) : "")
          + "</p></body></html>");
    }

    private static String iat(String jwt) {
      String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
      int at = payload.indexOf("\"iat\":");
      return payload.substring(at + 6).split("[,}]")[0];
    }
  }
}
